/**
 * Two versions of a short file as a line diff, the way `git diff` marks lines: `- ` removed,
 * `+ ` added, two spaces for unchanged. A longest-common-subsequence walk: the files are a few
 * lines long, so the quadratic table costs nothing.
 */
export function lineDiff(before: readonly string[], after: readonly string[]): string {
  const rows = before.length;
  const cols = after.length;
  // common[i][j]: the longest common run of before[i..] and after[j..].
  const common = Array.from({ length: rows + 1 }, () => new Array<number>(cols + 1).fill(0));
  for (let i = rows - 1; i >= 0; i -= 1)
    for (let j = cols - 1; j >= 0; j -= 1)
      common[i]![j] =
        before[i] === after[j]
          ? common[i + 1]![j + 1]! + 1
          : Math.max(common[i + 1]![j]!, common[i]![j + 1]!);
  const lines: string[] = [];
  let i = 0;
  let j = 0;
  while (i < rows || j < cols) {
    if (i < rows && j < cols && before[i] === after[j]) {
      lines.push(`  ${before[i]}`);
      i += 1;
      j += 1;
    } else if (i < rows && (j >= cols || common[i + 1]![j]! >= common[i]![j + 1]!)) {
      lines.push(`- ${before[i]}`);
      i += 1;
    } else {
      lines.push(`+ ${after[j]}`);
      j += 1;
    }
  }
  return lines.join('\n');
}
