/**
 * How much a RUN step adds, estimated from what it runs: a build never runs anything here, so
 * package installs are sized per package (a few MB each) and other commands make a small layer.
 * These are rough teaching figures, not measurements.
 */
const PER_PACKAGE_BYTES: readonly { readonly pattern: RegExp; readonly bytes: number }[] = [
  { pattern: /\b(?:apk add|apt-get install|apt install|yum install|dnf install)\b(.*)/, bytes: 2_500_000 },
  { pattern: /\bpip3? install\b(.*)/, bytes: 6_000_000 },
  { pattern: /\bnpm (?:ci|install)\b(.*)/, bytes: 0 },
];

const SMALL_LAYER_BYTES = 4_096;
const NODE_MODULES_BYTES = 38_000_000;
const REQUIREMENTS_BYTES = 24_000_000;

function packageCount(args: string): number {
  return args
    .split(/&&|;|\|/)[0]!
    .split(/\s+/)
    .filter((word) => word !== '' && !word.startsWith('-') && !word.includes('=') && !/^(?:-y|install|add)$/.test(word)).length;
}

export function runLayerBytes(command: string): number {
  if (/\bnpm (?:ci|install)\b/.test(command)) return NODE_MODULES_BYTES;
  if (/\bpip3? install\b.*-r\s+\S+/.test(command)) return REQUIREMENTS_BYTES;
  for (const { pattern, bytes } of PER_PACKAGE_BYTES) {
    const match = pattern.exec(command);
    if (match !== null && bytes > 0) return Math.max(SMALL_LAYER_BYTES, packageCount(match[1] ?? '') * bytes);
  }
  return SMALL_LAYER_BYTES;
}
