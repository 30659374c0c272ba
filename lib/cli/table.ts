/**
 * Column alignment the way Go's text/tabwriter does it for docker (minwidth 10, padding 3): each
 * column but the last is as wide as its longest cell plus 3, and at least 10. Widths count
 * characters, so `…` is one.
 */
export function formatTable(rows: readonly (readonly string[])[], minWidth = 10, padding = 3): string {
  const columns = Math.max(0, ...rows.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(minWidth, ...rows.map((row) => [...(row[column] ?? '')].length + padding)),
  );
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === row.length - 1
            ? cell
            : cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - [...cell].length)),
        )
        .join(''),
    )
    .join('\n');
}

/** Two-column `a | b` lists like the AWS CLI's "valid choices" (each cell padded to 40). */
export function formatChoices(choices: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < choices.length; i += 2) {
    const left = choices[i] ?? '';
    const right = choices[i + 1];
    lines.push(right === undefined ? left : `${left.padEnd(40)} | ${right}`);
  }
  return lines.join('\n');
}
