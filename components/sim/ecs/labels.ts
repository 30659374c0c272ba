/** Short names for the picture; the full id always goes in the accessible name and title. */

/** `arn:…:task-definition/web:3` → `web:3`. */
export function taskDefinitionLabel(arn: string): string {
  return arn.slice(arn.lastIndexOf('/') + 1);
}

/** The first 8 hex digits of a 32-digit task or container instance id, as the console abbreviates them. */
export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}

/** 2048 → "2,048". */
export function formatCount(value: number): string {
  return value.toLocaleString('en-US');
}
