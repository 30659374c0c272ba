import type { z } from '@/lib/zod';

/** Where a damaged record lost something during salvage, for the learner-facing notice. */
export interface DroppedPart {
  readonly section: 'lessons' | 'answers' | 'drills' | 'reviews' | 'preferences' | 'other';
  /** Dotted path inside the stored record, e.g. `lessons.ecs-basics`. */
  readonly path: string;
}

export interface Salvaged<T> {
  readonly value: T;
  readonly dropped: readonly DroppedPart[];
}

/**
 * One version of the stored progress record. Adding a version means writing one of these and one
 * migration step from the previous version (see `../migrate.ts`).
 */
export interface StoredFormat<T> {
  readonly version: number;
  /** Accepts exactly a valid record of this version. */
  readonly schema: z.ZodType<T>;
  /**
   * Keeps the readable parts of a damaged record of this version, or returns null when nothing in it
   * is recognisable (then the whole record is treated as the wrong shape).
   */
  salvage(raw: Readonly<Record<string, unknown>>): Salvaged<T> | null;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface SalvagedRecord<V> extends Salvaged<Record<string, V>> {
  /** False when the section was present but not an object, or absent: nothing of it could be read. */
  readonly recognised: boolean;
}

/** Keeps each entry of a keyed section whose key and value are both valid on their own. */
export function salvageRecord<V>(
  raw: unknown,
  section: 'lessons' | 'answers' | 'drills' | 'reviews',
  keySchema: z.ZodType<string>,
  valueSchema: z.ZodType<V>,
): SalvagedRecord<V> {
  if (raw === undefined) return { value: {}, dropped: [], recognised: false };
  if (!isPlainObject(raw)) return { value: {}, dropped: [{ section, path: section }], recognised: false };
  const value: Record<string, V> = {};
  const dropped: DroppedPart[] = [];
  for (const [key, entry] of Object.entries(raw)) {
    const parsed = valueSchema.safeParse(entry);
    if (keySchema.safeParse(key).success && parsed.success) value[key] = parsed.data;
    else dropped.push({ section, path: `${section}.${key}` });
  }
  return { value, dropped, recognised: true };
}

/** Top-level keys that a format does not know: kept only in the quarantined copy. */
export function unknownKeys(raw: Readonly<Record<string, unknown>>, known: readonly string[]): DroppedPart[] {
  return Object.keys(raw)
    .filter((key) => !known.includes(key))
    .map((key) => ({ section: 'other' as const, path: key }));
}
