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

/**
 * "Spot" for a task on Fargate Spot, null otherwise: the chip says it in words, so an interruptible
 * task is told from an on-demand one without relying on colour (reference §6).
 */
export function capacityTag(task: { readonly capacityProvider: string | null }): 'Spot' | null {
  return task.capacityProvider === 'FARGATE_SPOT' ? 'Spot' : null;
}
