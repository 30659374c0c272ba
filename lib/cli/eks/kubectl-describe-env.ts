/** A container's `Environment:` block, names aligned as kubectl's tabwriter aligns them, or `<none>`. */
export function environmentLines(env: Readonly<Record<string, string>>): string[] {
  const entries = Object.entries(env);
  if (entries.length === 0) return ['    Environment:    <none>'];
  const width = Math.max(...entries.map(([name]) => name.length)) + 3;
  return ['    Environment:', ...entries.map(([name, value]) => `      ${`${name}:`.padEnd(width)}${value}`)];
}
