import { readItem, removeItem, writeItem, type KeyValueStorage, type WriteOutcome } from './storage';

/**
 * Damaged progress is never deleted: it is set aside, verbatim, in one of a few numbered slots so
 * the learner can download it (`storage.getItem(quarantineKey)` is exactly the damaged text). Once
 * the slots are full the oldest copy is replaced, so a record that keeps breaking cannot fill the
 * browser's storage. The age order lives in a small separate key.
 */
export const QUARANTINE_KEY_PREFIX = 'dockyard:progress:corrupt:';
export const QUARANTINE_SLOTS = 3;
const ORDER_KEY = `${QUARANTINE_KEY_PREFIX}order`;

const slotKeys = Array.from(
  { length: QUARANTINE_SLOTS },
  (_, index) => `${QUARANTINE_KEY_PREFIX}${index + 1}`,
);

/** Slot keys that hold something, oldest first. */
function occupiedSlots(storage: KeyValueStorage): string[] {
  const occupied = slotKeys.filter((key) => {
    const read = readItem(storage, key);
    return read.ok && read.value !== null;
  });
  const order = readOrder(storage);
  // Slots missing from the order (it was lost or damaged) count as the oldest, in slot order.
  return [
    ...occupied.filter((key) => !order.includes(key)),
    ...order.filter((key) => occupied.includes(key)),
  ];
}

function readOrder(storage: KeyValueStorage): string[] {
  const read = readItem(storage, ORDER_KEY);
  if (!read.ok || read.value === null) return [];
  try {
    const order: unknown = JSON.parse(read.value);
    return Array.isArray(order) ? order.filter((key): key is string => slotKeys.includes(key)) : [];
  } catch {
    return [];
  }
}

export type QuarantineResult =
  { readonly ok: true; readonly key: string } | Extract<WriteOutcome, { ok: false }>;

/** Sets `raw` aside in a free slot, or over the oldest copy when all are taken. */
export function quarantine(storage: KeyValueStorage, raw: string): QuarantineResult {
  const occupied = occupiedSlots(storage);
  const key = slotKeys.find((slot) => !occupied.includes(slot)) ?? occupied[0] ?? slotKeys[0]!;
  const written = writeItem(storage, key, raw);
  if (!written.ok) return written;
  // If the order cannot be written, the copy is still safe; only the choice of what to replace next suffers.
  writeItem(storage, ORDER_KEY, JSON.stringify([...occupied.filter((slot) => slot !== key), key]));
  return { ok: true, key };
}

/** The damaged texts set aside so far, oldest first: what the export file's `quarantined` holds. */
export function readQuarantined(storage: KeyValueStorage): string[] {
  return occupiedSlots(storage).flatMap((key) => {
    const read = readItem(storage, key);
    return read.ok && read.value !== null ? [read.value] : [];
  });
}

/** Forgets every set-aside copy, once the learner has downloaded them or chosen to discard them. */
export function clearQuarantined(storage: KeyValueStorage): void {
  for (const key of [...slotKeys, ORDER_KEY]) removeItem(storage, key);
}
