import type { SimEvent } from '../core/types';
import type { Container } from './types';

/** Builds an event; messages use the real tools' words where they have them. */
export function event(at: number, kind: string, level: SimEvent['level'], message: string): SimEvent {
  return { at, kind, level, message };
}

/** The 12-hex short id docker prints. */
export function shortId(id: string): string {
  return id.slice(0, 12);
}

/** `docker events` wording: `container start 3f2a1b4c5d6e (image=nginx, name=web)`. */
export function dockerEvent(action: string, container: Container, extra = ''): string {
  const image = container.image.endsWith(':latest')
    ? container.image.slice(0, -':latest'.length)
    : container.image;
  return `container ${action} ${shortId(container.id)} (${extra}image=${image}, name=${container.name})`;
}

/** EventBridge's "EC2 Instance State-change Notification" wording. */
export function ec2StateChange(id: string, state: string): string {
  return `EC2 Instance State-change Notification: ${id} is now ${state}`;
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatMiB(mib: number): string {
  return mib >= 1024 ? `${Number((mib / 1024).toFixed(1))} GiB` : `${Math.round(mib)} MiB`;
}
