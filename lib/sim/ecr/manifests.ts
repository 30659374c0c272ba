import type { ImageConfig, Layer, PlatformImage } from './types';
import { byteLength, digestOf } from './hash';

/**
 * Image configs, manifests and image indexes as JSON, and their digests (§8.2): the image id is
 * the config's digest, the manifest names the config and the layers by digest, and the manifest's
 * own digest is what a tag points to. Same content, same bytes, same digest.
 */
const MANIFEST_TYPE = 'application/vnd.docker.distribution.manifest.v2+json';
const CONFIG_TYPE = 'application/vnd.docker.container.image.v1+json';
const LAYER_TYPE = 'application/vnd.docker.image.rootfs.diff.tar.gzip';
export const INDEX_TYPE = 'application/vnd.oci.image.index.v1+json';
export { MANIFEST_TYPE };

function configJson(config: ImageConfig, layers: readonly Layer[]): string {
  return JSON.stringify({
    architecture: config.architecture,
    os: config.os,
    config: {
      Env: config.env,
      Entrypoint: config.entrypoint,
      Cmd: config.cmd,
      ExposedPorts: Object.fromEntries(config.exposedPorts.map((port) => [`${port}/tcp`, {}])),
      WorkingDir: config.workdir,
      User: config.user,
      Labels: config.labels,
    },
    rootfs: { type: 'layers', diff_ids: layers.map((layer) => layer.digest) },
    history: config.history.map((entry) => ({
      created_by: entry.createdBy,
      ...(entry.layerDigest === null ? { empty_layer: true } : {}),
    })),
  });
}

/** The image id, manifest and manifest digest of a config and its layers. */
export function manifestFor(config: ImageConfig, layers: readonly Layer[]): Omit<PlatformImage, 'base'> {
  const configText = configJson(config, layers);
  const imageId = digestOf(configText);
  const manifest = JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: MANIFEST_TYPE,
      config: { mediaType: CONFIG_TYPE, size: byteLength(configText), digest: imageId },
      layers: layers.map((layer) => ({ mediaType: LAYER_TYPE, size: layer.sizeBytes, digest: layer.digest })),
    },
    null,
    3,
  );
  return { imageId, manifestDigest: digestOf(manifest), manifestSize: byteLength(manifest), layers, config };
}

/** An image index for several platforms (a multi-architecture image, §8.2). */
export function indexFor(images: readonly PlatformImage[]): { readonly digest: string; readonly size: number } {
  const index = JSON.stringify(
    {
      schemaVersion: 2,
      mediaType: INDEX_TYPE,
      manifests: images.map((image) => ({
        mediaType: MANIFEST_TYPE,
        size: image.manifestSize,
        digest: image.manifestDigest,
        platform: { architecture: image.config.architecture, os: image.config.os },
      })),
    },
    null,
    3,
  );
  return { digest: digestOf(index), size: byteLength(index) };
}
