/**
 * kubectl describe's Annotations lines (printAnnotationsMultiline): `key: value`, keys sorted,
 * one a line under the first, or `<none>`.
 */
export function annotationLines(annotations: Readonly<Record<string, string>>, width = 18): string[] {
  const entries = Object.keys(annotations)
    .sort()
    .map((key) => `${key}: ${annotations[key] ?? ''}`);
  const head = 'Annotations:'.padEnd(width);
  if (entries.length === 0) return [`${head}<none>`];
  return entries.map((entry, index) => (index === 0 ? `${head}${entry}` : `${' '.repeat(width)}${entry}`));
}
