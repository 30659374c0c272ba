import type { ImageRef } from './image-refs';
import { refWithTag } from './image-refs';
import type { EcrState, LocalImage, PlatformImage } from './types';

/**
 * The laptop's image store: images by id, each with its `repository:tag` names. A name is on at
 * most one image, so tagging or building a name moves it, and an image left with no name is
 * dangling (`<none>`), as in `docker images`.
 */
export function findLocalImage(state: EcrState, text: string, ref: ImageRef | null): LocalImage | undefined {
  const byId = text.replace(/^sha256:/, '');
  if (/^[0-9a-f]{4,64}$/.test(byId)) {
    const found = state.localImages.find((image) => image.imageId.slice('sha256:'.length).startsWith(byId));
    if (found !== undefined) return found;
  }
  if (ref === null) return undefined;
  if (ref.digest !== null) return state.localImages.find((image) => image.repoDigests.some((repoDigest) => repoDigest.endsWith(`@${ref.digest}`)));
  const name = refWithTag(ref);
  return state.localImages.find((image) => image.repoTags.includes(name));
}

/** Adds (or re-names) an image so that it carries `names`, taking them off any other image. */
export function storeLocalImage(
  images: readonly LocalImage[],
  image: PlatformImage,
  names: readonly string[],
  now: number,
  repoDigest?: string,
): LocalImage[] {
  const stripped = images.map((other) =>
    other.imageId === image.imageId ? other : { ...other, repoTags: other.repoTags.filter((name) => !names.includes(name)) },
  );
  const existing = stripped.find((other) => other.imageId === image.imageId);
  const next: LocalImage = existing === undefined
    ? { ...image, repoTags: [...names], repoDigests: repoDigest === undefined ? [] : [repoDigest], createdAt: now }
    : {
        ...existing,
        repoTags: [...new Set([...existing.repoTags, ...names])],
        repoDigests: repoDigest === undefined || existing.repoDigests.includes(repoDigest) ? existing.repoDigests : [...existing.repoDigests, repoDigest],
      };
  return existing === undefined ? [...stripped, next] : stripped.map((other) => (other.imageId === image.imageId ? next : other));
}
