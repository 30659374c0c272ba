'use client';

import { memo } from 'react';
import { cn } from '@/lib/cn';
import { Breakable } from './breakable';
import { EcrIcon } from './ecr-icons';
import type { LayerModel, LocalImageModel } from './laptop-model';
import { humanSize, splitRegistry } from './picture-format';

/** Diagonal stripes over a shared layer's bar: a shape as well as the word "shared". */
const SHARED_STRIPES = {
  backgroundImage:
    'repeating-linear-gradient(135deg, transparent 0 4px, color-mix(in srgb, var(--bg) 55%, transparent) 4px 7px)',
};

/** One image name, its registry host (if any) quieter than the repository and tag. */
export function ImageName({ name }: { name: string }) {
  const { registry, rest } = splitRegistry(name);
  return (
    <span className="font-mono text-sm wrap-anywhere">
      {registry !== null && (
        <span className="text-[var(--fg-soft)]">
          <Breakable text={`${registry}/`} />
        </span>
      )}
      <wbr />
      <span className="font-semibold">{rest}</span>
    </span>
  );
}

function Marks({ shared, inRegistry }: { shared: boolean; inRegistry: boolean }) {
  return (
    <span className="flex gap-1 text-xs font-semibold">
      {shared && (
        <span className="border-accent-700 text-accent-800 dark:border-accent-300 dark:text-accent-200 inline-flex items-center gap-0.5 rounded border px-1">
          <EcrIcon name="shared" className="size-3.5" />
          shared
        </span>
      )}
      {inRegistry && (
        <span className="inline-flex items-center gap-0.5 rounded border border-[var(--fg-soft)] px-1 text-[var(--fg-soft)]">
          <EcrIcon name="registry" className="size-3.5" />
          in ECR
        </span>
      )}
    </span>
  );
}

function LayerRow({ layer, marks }: { layer: LayerModel; marks: boolean }) {
  return (
    <li className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
      <span className="flex min-w-[min(100%,15rem)] flex-1 items-center gap-2">
        <span className="font-mono text-sm">{layer.short}</span>
        <span aria-hidden="true" className="h-3.5 min-w-10 flex-1 rounded-sm bg-[var(--bg-soft)]">
          <span
            className={cn(
              'block h-full rounded-sm border',
              layer.shared
                ? 'border-accent-700 bg-accent-600 dark:border-accent-300 dark:bg-accent-400'
                : 'border-slate-600 bg-slate-500 dark:border-slate-300 dark:bg-slate-400',
            )}
            style={{ width: `${layer.barShare * 100}%`, ...(layer.shared ? SHARED_STRIPES : {}) }}
          />
        </span>
        <span className="w-14 text-right text-sm tabular-nums">{humanSize(layer.sizeBytes)}</span>
      </span>
      {marks && (layer.shared || layer.inRegistry) && (
        <Marks shared={layer.shared} inRegistry={layer.inRegistry} />
      )}
    </li>
  );
}

/** When every layer is alike (all shared, all in ECR…), one line says so instead of a mark per layer. */
function uniformMarks(layers: readonly LayerModel[]): { shared: boolean; inRegistry: boolean } | null {
  const [first] = layers;
  if (first === undefined) return null;
  const alike = layers.every(
    (layer) => layer.shared === first.shared && layer.inRegistry === first.inRegistry,
  );
  return alike ? { shared: first.shared, inRegistry: first.inRegistry } : null;
}

/**
 * One image on the laptop: its names, IMAGE ID, platform and size, and its layers as a stack of
 * bars, top layer first and the base image's layers at the bottom, as `docker history` lists them.
 */
export const LocalImageCard = memo(function LocalImageCard({ image }: { image: LocalImageModel }) {
  const title = image.tags[0] ?? `<none> ${image.shortImageId}`;
  const uniform = uniformMarks(image.layers);
  const count = image.layers.length;
  return (
    <article
      aria-label={`Image ${title}, IMAGE ID ${image.shortImageId}`}
      className="min-w-0 rounded-lg border-2 border-[var(--border)] bg-[var(--bg)] p-2"
    >
      <ul aria-label="Names" className="space-y-0.5">
        {image.tags.map((name) => (
          <li key={name}>
            <ImageName name={name} />
          </li>
        ))}
      </ul>
      <p className="mt-1 text-sm">
        IMAGE ID <span className="font-mono font-semibold">{image.shortImageId}</span> · linux/
        {image.architecture} · {humanSize(image.unpackedBytes)} on disk, {humanSize(image.compressedBytes)}{' '}
        compressed
      </p>
      <p className="text-sm text-[var(--fg-soft)]">FROM {image.base}</p>
      {image.repoDigests.length > 0 && (
        <p className="text-sm">
          In ECR as digest <span className="font-mono font-semibold">{image.repoDigests.join(', ')}</span>
        </p>
      )}
      {uniform !== null && (uniform.shared || uniform.inRegistry) && (
        <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm">
          All {count} layers: <Marks {...uniform} />
        </p>
      )}
      <ol aria-label={`Layers of ${title}, top first`} className="mt-1.5 space-y-1">
        {image.layers.map((layer, index) => (
          <LayerRow key={`${index}-${layer.digest}`} layer={layer} marks={uniform === null} />
        ))}
      </ol>
    </article>
  );
});
