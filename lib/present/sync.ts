import { z } from '@/lib/zod';

/**
 * What the presenter window tells audience windows over BroadcastChannel (same browser only; no
 * server). Each message carries the whole picture of where the talk is, so a window that opens
 * late, or misses a message, catches up with the next one. Received messages are checked: another
 * tab may run an older version of the site.
 */
export const presentMessageSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('state'),
    scenario: z.string(),
    step: z.number().int().min(1),
    revealed: z.boolean(),
    blank: z.boolean(),
    /** Play the step's seconds for the room (a fresh "next"), rather than jump to its end. */
    animate: z.boolean(),
    /** Off script: the presenter's live simulation as a share-link hash; null while on script. */
    live: z.string().max(2_000_000).nullable(),
  }),
  /** A new audience window asks the presenter where the talk is. */
  z.strictObject({ kind: z.literal('hello'), scenario: z.string() }),
]);

export type PresentMessage = z.infer<typeof presentMessageSchema>;
export type PresentState = Extract<PresentMessage, { kind: 'state' }>;

export function channelName(scenario: string): string {
  return `dockyard:present:${scenario}`;
}

/** A message for this scenario, or null for anything else (another talk, another version, junk). */
export function readMessage(data: unknown, scenario: string): PresentMessage | null {
  const parsed = presentMessageSchema.safeParse(data);
  return parsed.success && parsed.data.scenario === scenario ? parsed.data : null;
}
