import type { Layer } from '@/lib/sim/ecr/types';
import { counted } from './ecs-lines';

/**
 * An image's layers as a learner reads them: the base image's, by count, and the Dockerfile's
 * own, by the instruction that made each. A set of layers (which ones a push uploads) is named
 * in those words, so options and explanations can say "COPY app.py ." rather than a digest.
 */
export interface ImageLayers {
  /** Bottom to top, as the manifest lists them. */
  readonly layers: readonly Layer[];
  /** How many of them come from the base image. */
  readonly baseCount: number;
  /** `nginx:1.27-alpine`, as the Dockerfile names it. */
  readonly baseName: string;
}

/** "COPY app.py ." from the layer's history entry. */
export function instructionOf(layer: Layer): string {
  return layer.createdBy.replace(/ # buildkit$/, '');
}

function joined(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

/** The layers of `digests`, bottom to top: "2 of node:22-alpine’s 3 layers, COPY check.js /app/". */
export function layerWords(image: ImageLayers, digests: ReadonlySet<string>): string {
  const base = image.layers.slice(0, image.baseCount);
  const inBase = base.filter((layer) => digests.has(layer.digest)).length;
  const parts: string[] = [];
  if (inBase === 1 && base.length === 1) parts.push(`${image.baseName}’s one layer`);
  else if (inBase === base.length && inBase > 0)
    parts.push(`all ${base.length} of ${image.baseName}’s layers`);
  else if (inBase > 0) parts.push(`${inBase} of ${image.baseName}’s ${counted(base.length, 'layer')}`);
  for (const layer of image.layers.slice(image.baseCount))
    if (digests.has(layer.digest)) parts.push(`“${instructionOf(layer)}”`);
  return joined(parts);
}

/** An option: which layers upload, counted and named. */
export function uploadClaim(image: ImageLayers, digests: ReadonlySet<string>): string {
  if (digests.size === 0) return 'None: every layer prints “Layer already exists”.';
  const all = digests.size === image.layers.length ? 'All ' : '';
  return `${all}${counted(digests.size, 'layer')}: ${layerWords(image, digests)}.`;
}

/** A stable key for a set of digests, to tell options apart. */
export function setKey(digests: ReadonlySet<string>): string {
  return [...digests].sort().join(' ');
}
