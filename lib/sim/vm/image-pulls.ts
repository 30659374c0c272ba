import type { SimEvent, Step } from '../core/types';
import { pickInRange, type Rng } from '../core/rng';
import { FIGURES } from './figures';
import {
  catalogImage,
  imageDigest,
  parseImageReference,
  registryError,
  type CatalogImage,
  type ImageRef,
} from './images';
import type { PullImage } from './commands';
import type { Container, VmSimState } from './types';
import { dockerEvent, event } from './events';

/**
 * The local image cache and pulls from the simulated registry. A pull is shared by every
 * container waiting for the same image (containerd de-duplicates concurrent pulls) and takes a
 * time drawn from the image size and the figures' network ranges.
 */

/** A refusal in the Docker daemon's words. */
export function refuse(state: VmSimState, kind: string, code: string, message: string): Step<VmSimState> {
  return {
    state,
    events: [event(state.now, kind, 'error', `Error response from daemon: ${message}`)],
    error: { code, message },
  };
}

/** Checks the image against the registry; returns its catalog entry or a refusal. */
export function resolveImage(
  state: VmSimState,
  image: string,
): { ok: true; image: CatalogImage; ref: ImageRef } | { ok: false; step: Step<VmSimState> } {
  const parsed = parseImageReference(image);
  if (!parsed.ok)
    return { ok: false, step: refuse(state, 'image-invalid', 'InvalidReference', parsed.error) };
  const denied = registryError(parsed);
  const found = catalogImage(parsed.ref);
  if (denied !== null || found === undefined)
    return { ok: false, step: refuse(state, 'pull-failed', 'PullFailed', denied ?? 'not found') };
  return { ok: true, image: found, ref: parsed.ref };
}

export function isCached(state: VmSimState, ref: ImageRef): boolean {
  return state.images.some((image) => image.ref === ref);
}

/** Starts (or joins) a pull; its length follows the image size (seconds to minutes). */
export function startPull(
  state: VmSimState,
  image: CatalogImage,
  ref: ImageRef,
  events: SimEvent[],
): VmSimState {
  if (isCached(state, ref) || state.pulls.some((pull) => pull.ref === ref)) return state;
  let rng: Rng = state.rng;
  const draw = (range: { min: number; max: number }): number => {
    const [value, next] = pickInRange(rng, range);
    rng = next;
    return value;
  };
  const handshake = draw(FIGURES.pullHandshake.range);
  const download = Math.round((image.compressedMB / draw(FIGURES.pullBandwidth.range)) * 1000);
  const extract = Math.round((image.sizeMB / draw(FIGURES.layerExtract.range)) * 1000);
  const doneAt = state.now + handshake + download + extract;
  events.push(
    event(
      state.now,
      'image-pull-started',
      'info',
      `${image.tag}: Pulling from library/${image.repository} (${image.layers} layers, ${image.compressedMB} MB to download)`,
    ),
  );
  return { ...state, rng, pulls: [...state.pulls, { ref, startedAt: state.now, doneAt }] };
}

export function pullImage(state: VmSimState, command: PullImage): Step<VmSimState> {
  const resolved = resolveImage(state, command.image);
  if (!resolved.ok) return resolved.step;
  if (isCached(state, resolved.ref)) {
    return {
      state,
      events: [
        event(state.now, 'image-up-to-date', 'info', `Status: Image is up to date for ${resolved.ref}`),
      ],
    };
  }
  const events: SimEvent[] = [];
  return { state: startPull(state, resolved.image, resolved.ref, events), events };
}

/**
 * A pull finishing at `t`: the image is cached and its waiting containers are created. Their
 * starts were queued when `docker run` was typed (see dockerFreeAt), after this pull's end.
 */
export function completePull(state: VmSimState, ref: ImageRef, t: number, events: SimEvent[]): VmSimState {
  events.push(event(t, 'image-digest', 'info', `Digest: ${imageDigest(ref)}`));
  events.push(event(t, 'image-pulled', 'success', `Status: Downloaded newer image for ${ref}`));
  const containers = state.containers.map((c) => {
    if (c.status !== 'pulling' || c.image !== ref) return c;
    const created: Container = { ...c, status: 'created', createdAt: t };
    events.push(event(t, 'container-created', 'info', dockerEvent('create', created)));
    return created;
  });
  return {
    ...state,
    containers,
    pulls: state.pulls.filter((pull) => pull.ref !== ref),
    images: [...state.images, { ref, pulledAt: t }],
  };
}
