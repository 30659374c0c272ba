/**
 * Addresses and the HTML snippet for embedding a simulator in another page (`/embed/ID/`). An embed
 * takes the same `#sim=…` hash as a share link, so any share link becomes an embed by swapping
 * `/simulators/ID/` for `/embed/ID/`; `?preset=` and `?scenario=` are read by `embedStart`.
 */

/** The height the snippet suggests: the picture, the controls and the top of the console. */
export const EMBED_HEIGHT = 640;

/** Text made safe inside a double- or single-quoted HTML attribute (and between tags). */
export function escapeHtmlAttribute(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');
}

/**
 * The embed's address: `ORIGIN/embed/ID/`, `?preset=` when the simulator did not start from its
 * default preset (the title and Reset follow it), then the share-link hash if there is one.
 */
export function embedAddress(
  origin: string,
  simulatorId: string,
  options: { readonly preset?: string; readonly hash?: string } = {},
): string {
  const query = options.preset === undefined ? '' : `?preset=${encodeURIComponent(options.preset)}`;
  return `${origin}/embed/${encodeURIComponent(simulatorId)}/${query}${options.hash ?? ''}`;
}

/** The full simulator at the same state, for "Open in Dockyard". The side-by-side keeps no state in its address. */
export function fullSimulatorAddress(simulatorId: string, hash = ''): string {
  return simulatorId === 'compare' ? '/simulators/compare/' : `/simulators/${simulatorId}/${hash}`;
}

/** The accessible name an embedding page gives the iframe. */
export function embedFrameTitle(simulatorTitle: string): string {
  return `Dockyard: ${simulatorTitle} simulator`;
}

/**
 * The `<iframe>` an instructor pastes into their page. Every value is escaped, so a hand-made hash
 * holding quotes or `<` stays inside its attribute instead of ending the tag.
 */
export function embedSnippet({
  src,
  title,
  height = EMBED_HEIGHT,
}: {
  readonly src: string;
  readonly title: string;
  readonly height?: number;
}): string {
  const attributes = [
    ['src', src],
    ['title', title],
    ['width', '100%'],
    ['height', String(Math.round(height))],
    ['style', 'border:0'],
    ['loading', 'lazy'],
    ['allow', 'clipboard-write'],
  ] as const;
  const written = attributes.map(([name, value]) => `${name}="${escapeHtmlAttribute(value)}"`).join(' ');
  return `<iframe ${written}></iframe>`;
}
