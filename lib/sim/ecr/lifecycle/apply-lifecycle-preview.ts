/**
 * A lifecycle run: ECR acts on exactly the images its evaluator marked, so a run is "evaluate,
 * then apply" and the preview is, by construction, what the run does (reference §8.5).
 */
import { evaluateLifecyclePolicy } from './evaluate-lifecycle-policy';
import type { LifecycleImage, LifecyclePolicy, LifecyclePreviewResult } from './types';

/**
 * `images` after the actions in `results`: expired images are deleted; transitioned images move
 * to the archive storage class, archived at `now`. Other images, and the order, are unchanged.
 * Extra fields of the caller's image type are kept.
 */
export function applyLifecyclePreview<T extends LifecycleImage>(
  images: readonly T[],
  results: readonly LifecyclePreviewResult[],
  now: number,
): T[] {
  const actions = new Map(results.map((result) => [result.digest, result.action]));
  const kept: T[] = [];
  for (const image of images) {
    const action = actions.get(image.digest);
    if (action === 'expire') continue;
    kept.push(action === 'transition' ? { ...image, storageClass: 'archive', archivedAt: now } : image);
  }
  return kept;
}

/** One lifecycle run at `now`: what the policy does to `images`, and the results it acted on. */
export function runLifecyclePolicy<T extends LifecycleImage>(
  policy: LifecyclePolicy,
  images: readonly T[],
  now: number,
): { readonly images: T[]; readonly results: LifecyclePreviewResult[] } {
  const results = evaluateLifecyclePolicy(policy, images, now);
  return { images: applyLifecyclePreview(images, results, now), results };
}
