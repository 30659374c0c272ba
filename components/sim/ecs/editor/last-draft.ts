import type { SimStore } from '../../sim-store';
import { ECS_EXAMPLE_FILES } from '@/lib/sim/ecs/example-files';

/**
 * Which file holds the learner's last draft, per simulator store. The text itself lives in the
 * store's files (so `file://NAME` in the console reads it too); only its name is remembered here,
 * because the name follows the family and the store has no place for it.
 */
const lastDraftName = new WeakMap<SimStore, string>();

export const SEED_FILE = 'webserver.json';

export function rememberDraft(store: SimStore, name: string): void {
  lastDraftName.set(store, name);
}

/** The last draft's text, else the seed's webserver definition as printed. */
export function startingDraft(store: SimStore): string {
  const name = lastDraftName.get(store);
  const files = store.getState().files;
  if (name !== undefined && Object.hasOwn(files, name)) return files[name] ?? '';
  return ECS_EXAMPLE_FILES[SEED_FILE] ?? '';
}
