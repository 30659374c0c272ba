import type { SimEvent } from '@/lib/sim/core/types';

/**
 * The last push or pull between the laptop and the registry, read from the event log: what the
 * arrows between the two halves of the picture show, and animate when a new one happens.
 */
export interface TransferModel {
  /** Position of its event in the log: a new transfer has a new index (the animation's key). */
  readonly index: number;
  readonly direction: 'push' | 'pull';
  readonly outcome: 'done' | 'refused';
  /** The event's words; for a refusal, Docker's or the registry's message without the error code. */
  readonly message: string;
  /** Set when an IMMUTABLE repository refused to move a tag. */
  readonly immutable: { readonly tag: string; readonly repository: string } | null;
}

const DAEMON = 'Error response from daemon:';
const IMMUTABLE = /The image tag '([^']+)' already exists in the '([^']+)' repository/;

/** Which way a refused command was going, from its error code and wording; null if not a push or pull. */
function refusedDirection(code: string, message: string): TransferModel['direction'] | null {
  const daemon = message.startsWith(DAEMON);
  switch (code) {
    case 'ImageTagAlreadyExistsException':
    case 'PushDenied':
      return 'push';
    case 'NoCredentials':
      return daemon ? 'pull' : 'push';
    case 'RepositoryNotFoundException':
      if (message.startsWith('name unknown:')) return 'push';
      return daemon ? 'pull' : null;
    case 'NoSuchImage':
      return message.startsWith('An image does not exist locally') ? 'push' : null;
    case 'BuildFailed':
      return message.includes('failed to push') ? 'push' : null;
    case 'ImageNotFoundException':
    case 'NoMatchingManifest':
    case 'NotFound':
      return daemon ? 'pull' : null;
    default:
      return null;
  }
}

function fromEvent(event: SimEvent, index: number): TransferModel | null {
  if (event.kind === 'image-pushed' || event.kind === 'image-pulled')
    return {
      index,
      direction: event.kind === 'image-pushed' ? 'push' : 'pull',
      outcome: 'done',
      message: event.message,
      immutable: null,
    };
  if (event.kind !== 'api-error') return null;
  const colon = event.message.indexOf(': ');
  if (colon < 0) return null;
  const code = event.message.slice(0, colon);
  const message = event.message.slice(colon + 2);
  const direction = refusedDirection(code, message);
  if (direction === null) return null;
  const immutable = code === 'ImageTagAlreadyExistsException' ? IMMUTABLE.exec(message) : null;
  return {
    index,
    direction,
    outcome: 'refused',
    message,
    immutable: immutable ? { tag: immutable[1] ?? '', repository: immutable[2] ?? '' } : null,
  };
}

/** The most recent push or pull, done or refused, or null before the first one. */
export function lastTransfer(events: readonly SimEvent[]): TransferModel | null {
  for (let index = events.length - 1; index >= 0; index -= 1) {
    const event = events[index];
    const transfer = event === undefined ? null : fromEvent(event, index);
    if (transfer !== null) return transfer;
  }
  return null;
}
