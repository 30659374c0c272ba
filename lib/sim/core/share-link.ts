import { z } from '@/lib/zod';
import { crc32, decodeBase64Url, encodeBase64Url } from './base64url';
import { createSession, seek, type Position, type Session } from './session';
import type { BaseState, CommandBase, Engine, TimedCommand } from './types';

/**
 * Share links: `#sim=v1.<base64url(JSON)>.<crc32 base36>`. The JSON is a compact array,
 * `[engineId, engineVersion, seed, [[Δms, command, line?]…], step, now]`, with times stored as
 * deltas from the previous command. The checksum makes a mistyped or half-copied link fail loudly
 * instead of replaying something else.
 */

export const SHARE_LINK_FORMAT = 1;
/** Links replay everything up front, so their length and time span are capped. */
export const MAX_SHARED_COMMANDS = 2000;
export const MAX_SHARED_MS = 6 * 60 * 60 * 1000;
export const MAX_SHARED_LINE = 20_000;

// Engines are stored heterogeneously in the registry, so the link layer sees them loosely typed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyEngine = Engine<any, any>;

export interface SharedSimulation<C extends CommandBase = CommandBase> {
  readonly engineId: string;
  readonly engineVersion: number;
  readonly seed: number;
  readonly log: readonly TimedCommand<C>[];
  readonly position: Position;
}

export type ShareLinkFailureCode =
  | 'not-a-share-link'
  | 'unsupported-format'
  | 'corrupted'
  | 'unknown-simulator'
  | 'engine-version'
  | 'invalid-command'
  | 'out-of-range'
  | 'replay-failed';

export type DecodedShareLink =
  | (SharedSimulation & {
      readonly ok: true;
      readonly engine: AnyEngine;
      /** The simulation replayed, with its cursor where the sharer left it. */
      readonly session: Session<BaseState, CommandBase>;
      /** Present when the caller chose to open a link made by another engine version. */
      readonly versionMismatch?: { readonly linkVersion: number; readonly siteVersion: number };
    })
  | {
      readonly ok: false;
      /** What to tell the learner, specific to what went wrong. */
      readonly reason: string;
      readonly code: ShareLinkFailureCode;
      /** Set for `engine-version`, so the UI can offer "open it anyway". */
      readonly linkVersion?: number;
      readonly siteVersion?: number;
    };

/** The engines a link may name: a list or a map keyed by engine id. */
export type EngineLookup = readonly AnyEngine[] | Readonly<Record<string, AnyEngine>>;

export interface DecodeOptions {
  /** Open a link made by an older or newer engine version anyway (after asking the learner). */
  readonly allowVersionMismatch?: boolean;
}

const entrySchema = z.union([
  z.tuple([z.number().int().min(0), z.unknown()]),
  // The line as typed; a task definition pasted inline as JSON runs to a few kilobytes.
  z.tuple([z.number().int().min(0), z.unknown(), z.string().max(MAX_SHARED_LINE)]),
]);

const payloadSchema = z.tuple([
  z.string().min(1).max(40),
  z.number().int().min(0),
  z.number().int(),
  z.array(entrySchema).max(MAX_SHARED_COMMANDS),
  z.number().int().min(0),
  z.number().int().min(0),
]);

/** The URL hash (`#sim=v1.…`) for a session at its cursor. */
export function encodeShareLink(session: Session<BaseState, CommandBase>): string {
  return encodeSharedSimulation({
    engineId: session.engine.id,
    engineVersion: session.engine.version,
    seed: session.seed,
    log: session.log,
    position: { step: session.step, now: session.state.now },
  });
}

/** The URL hash for a simulation described as data. */
export function encodeSharedSimulation<C extends CommandBase>(shared: SharedSimulation<C>): string {
  let previous = 0;
  const entries = shared.log.map(({ at, command, line }) => {
    const delta = at - previous;
    previous = at;
    return line === undefined ? [delta, command] : [delta, command, line];
  });
  const json = JSON.stringify([
    shared.engineId,
    shared.engineVersion,
    shared.seed,
    entries,
    shared.position.step,
    shared.position.now,
  ]);
  return `#sim=v${SHARE_LINK_FORMAT}.${encodeBase64Url(json)}.${crc32(json).toString(36)}`;
}

const fail = (code: ShareLinkFailureCode, reason: string, extra: object = {}): DecodedShareLink => ({
  ok: false,
  code,
  reason,
  ...extra,
});

const CORRUPTED =
  'This link looks truncated or corrupted: part of it is missing or was changed. Copy the whole link again from where it was shared.';

/** Validates a share link; never throws. `engines` maps engine id to engine. */
export function decodeShareLink(
  hash: string,
  engines: EngineLookup,
  options: DecodeOptions = {},
): DecodedShareLink {
  const text = typeof hash === 'string' ? hash.trim().replace(/^#/, '') : '';
  if (!text.startsWith('sim=')) {
    return fail(
      'not-a-share-link',
      'This is not a Dockyard simulator link: it should end with #sim=… after the page address.',
    );
  }
  // Written without leading zeros: `v01` is not `v1` (a mutated link must not decode).
  const format = /^sim=v(0|[1-9]\d{0,5})\./.exec(text);
  if (format === null) return fail('corrupted', CORRUPTED);
  if (Number(format[1]) !== SHARE_LINK_FORMAT) {
    return fail(
      'unsupported-format',
      `This link uses share-link format v${format[1]}, which this version of Dockyard cannot read; it was probably made by a newer version of the site.`,
    );
  }
  const parts = text.slice(format[0].length).split('.');
  const json = parts.length === 2 ? decodeBase64Url(parts[0] ?? '') : null;
  if (json === null || crc32(json).toString(36) !== parts[1]) return fail('corrupted', CORRUPTED);
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return fail('corrupted', CORRUPTED);
  }
  const parsed = payloadSchema.safeParse(raw);
  if (!parsed.success) return fail('corrupted', CORRUPTED);
  const [engineId, linkVersion, seed, entries, step, now] = parsed.data;
  const engine = findEngine(engines, engineId);
  if (engine === undefined) {
    return fail(
      'unknown-simulator',
      `This link is for a simulator called “${engineId}”, which this site does not have.`,
    );
  }
  const siteVersion = engine.version;
  if (linkVersion !== siteVersion && options.allowVersionMismatch !== true) {
    return fail(
      'engine-version',
      `This link was made with version ${linkVersion} of the ${engine.title} simulator; this site runs version ${siteVersion}, so it could replay differently. Start fresh or open it anyway?`,
      { linkVersion, siteVersion },
    );
  }
  return checkLog(engine, { engineId, engineVersion: linkVersion, seed, step, now }, entries, siteVersion);
}

function checkLog(
  engine: AnyEngine,
  head: { engineId: string; engineVersion: number; seed: number; step: number; now: number },
  entries: readonly (readonly [number, unknown] | readonly [number, unknown, string])[],
  siteVersion: number,
): DecodedShareLink {
  const log: TimedCommand<CommandBase>[] = [];
  let at = 0;
  for (const [index, entry] of entries.entries()) {
    at += entry[0];
    const command = engine.parseCommand(entry[1]);
    if (!command.ok) {
      return fail(
        'invalid-command',
        `Command ${index + 1} in this link cannot be replayed: ${command.error}`,
      );
    }
    const line = entry[2];
    log.push(line === undefined ? { at, command: command.command } : { at, command: command.command, line });
  }
  const { step, now } = head;
  const earliest = log[step - 1]?.at ?? 0;
  const maxMs = engine.maxSharedMs ?? MAX_SHARED_MS;
  const latest = log[step]?.at ?? maxMs;
  if (step > log.length || at > maxMs || now < earliest || now > latest) {
    return fail(
      'out-of-range',
      `This link points to step ${step} at ${formatClock(now)}, which is outside its own history (${log.length} commands up to ${formatClock(at)}).`,
    );
  }
  const versionMismatch =
    head.engineVersion === siteVersion
      ? {}
      : { versionMismatch: { linkVersion: head.engineVersion, siteVersion } };
  let session: Session<BaseState, CommandBase>;
  try {
    session = seek(createSession(engine, head.seed, log), { step, now });
  } catch {
    return fail(
      'replay-failed',
      'This link could not be replayed by this version of the simulator. Start fresh instead.',
    );
  }
  return {
    ok: true,
    engine,
    session,
    engineId: head.engineId,
    engineVersion: head.engineVersion,
    seed: head.seed,
    log,
    position: { step, now },
    ...versionMismatch,
  };
}

function findEngine(engines: EngineLookup, id: string): AnyEngine | undefined {
  if (Array.isArray(engines)) return (engines as readonly AnyEngine[]).find((engine) => engine.id === id);
  const map = engines as Readonly<Record<string, AnyEngine>>;
  return Object.hasOwn(map, id) ? map[id] : undefined;
}

function formatClock(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
