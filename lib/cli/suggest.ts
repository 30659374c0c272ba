/**
 * "Did you mean …?" for the console's own hint lines: the closest known word by edit distance
 * (insertions, deletions, substitutions and swaps of two neighbours, each costing 1), as git and
 * the AWS CLI do for mistyped commands.
 */

/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`dokcer` → `docker` is 1). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number): number => d[i]?.[j] ?? Infinity;
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, at(i - 2, j - 2) + 1);
      const row = d[i];
      if (row) row[j] = best;
    }
  }
  return at(a.length, b.length);
}

/**
 * The known word a typo most likely meant, or null: at most 1 edit for words of up to 4
 * characters, 2 for longer ones, and fewer edits than the typed word has characters (so `x` is
 * not "almost `ps`"). Case is ignored; ties go to the earlier candidate.
 */
export function closestWord(word: string, candidates: readonly string[]): string | null {
  const typed = word.toLowerCase();
  if (typed === '') return null;
  const limit = Math.min(typed.length <= 4 ? 1 : 2, typed.length - 1);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(typed, candidate.toLowerCase());
    if (distance === 0) return candidate;
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** One of our own lines under a tool's message: clearly ours, and saying what to do next. */
export function dockyardHint(text: string): string {
  return `Dockyard: ${text}`;
}

/** A tool's message, unchanged, with our hint on the line after it. */
export function withHint(message: string, hint: string | null): string {
  return hint === null ? message : `${message}\n${dockyardHint(hint)}`;
}

/**
 * `did you mean "docker"? Then this.` or, without a suggestion, `then this.`: a hint line starts
 * in lower case after `Dockyard: `. (`then` is left as written after the question, so a command
 * such as `docker ps -a` keeps its case.)
 */
export function didYouMean(suggestion: string | null, then = ''): string {
  if (suggestion === null) return then.charAt(0).toLowerCase() + then.slice(1);
  return `did you mean "${suggestion}"?${then === '' ? '' : ` ${then}`}`;
}
