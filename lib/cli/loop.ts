/**
 * The one piece of bash control flow the console runs: `for VAR in LIST; do COMMAND; done`, so a
 * learner can start twenty containers the way they would in a real shell. LIST is `{A..B}`,
 * `$(seq [A] B)` or plain words; COMMAND is one command line in which `$VAR` / `${VAR}` expand.
 */
export const MAX_LOOP_ITERATIONS = 200;

export type ParsedLoop =
  { readonly ok: true; readonly lines: string[] } | { readonly ok: false; readonly error: string };

const LOOP = /^for\s+([A-Za-z_]\w*)\s+in\s+(.*?)\s*;\s*do\s+(.*?)\s*;?\s*done$/;

export function isLoop(line: string): boolean {
  return /^for\s/.test(line.trim());
}

function range(from: number, to: number): string[] | null {
  if (!Number.isSafeInteger(from) || !Number.isSafeInteger(to)) return null;
  const count = Math.abs(to - from) + 1;
  if (count > MAX_LOOP_ITERATIONS) return null;
  const step = from <= to ? 1 : -1;
  return Array.from({ length: count }, (_, i) => String(from + i * step));
}

function listItems(list: string): string[] | null {
  const braces = /^\{(-?\d+)\.\.(-?\d+)\}$/.exec(list);
  if (braces) return range(Number(braces[1]), Number(braces[2]));
  const seq = /^\$\(\s*seq\s+(?:(-?\d+)\s+)?(-?\d+)\s*\)$/.exec(list);
  if (seq) {
    const from = seq[1] === undefined ? 1 : Number(seq[1]);
    const to = Number(seq[2]);
    return to < from ? [] : range(from, to);
  }
  if (/[$`(){}]/.test(list)) return null;
  const words = list.split(/\s+/).filter((word) => word !== '');
  return words.length > MAX_LOOP_ITERATIONS ? null : words;
}

export function parseLoop(line: string): ParsedLoop {
  const match = LOOP.exec(line.trim());
  if (match === null) {
    return {
      ok: false,
      error: 'Dockyard: this console understands loops of the form: for i in {1..5}; do COMMAND; done',
    };
  }
  const [, variable = 'i', list = '', body = ''] = match;
  const items = listItems(list);
  if (items === null) {
    return {
      ok: false,
      error: `Dockyard: loop over {A..B}, $(seq A B) or a list of words, at most ${MAX_LOOP_ITERATIONS} times.`,
    };
  }
  if (/;|\bdo\b|\bdone\b/.test(body) || body === '') {
    return { ok: false, error: 'Dockyard: the loop body must be a single command.' };
  }
  const pattern = new RegExp(`\\$\\{${variable}\\}|\\$${variable}(?![\\w])`, 'g');
  return { ok: true, lines: items.map((item) => body.replace(pattern, item)) };
}
