'use client';

import { memo } from 'react';
import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { EcrIcon } from './ecr-icons';
import { formatAge, humanSize } from './picture-format';
import type { RegistryImageModel } from './registry-model';
import { ScanStatus } from './scan-status';

function Tags({ tags, immutable }: { tags: readonly string[]; immutable: boolean }) {
  if (tags.length === 0) return <span className="text-sm text-[var(--fg-soft)] italic">untagged</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {tags.map((tag) => (
        <span
          key={tag}
          className="inline-flex items-center gap-0.5 rounded border border-[var(--fg-soft)] bg-[var(--bg-soft)] px-1.5 font-mono text-sm font-semibold"
        >
          {immutable && <EcrIcon name="lock" className="size-3.5" />}
          {tag}
        </span>
      ))}
    </span>
  );
}

function Verdict({ image }: { image: RegistryImageModel }) {
  if (image.verdict === null) return null;
  const expire = image.verdict.action === 'EXPIRE';
  return (
    <p className="flex items-center gap-1 text-sm font-bold text-amber-800 dark:text-amber-300">
      <StateSymbol name={expire ? 'cross' : 'download'} />
      {expire ? 'Would expire' : 'Would move to archive'} · rule {image.verdict.rulePriority}
    </p>
  );
}

/**
 * One image of a repository: its tags (a lock on each when tags are immutable) or "untagged", the
 * short digest, compressed size, how long ago it was pushed, its scan, whether it is archived, an
 * image index's platforms, and what a completed lifecycle preview would do to it.
 */
export const RegistryImageRow = memo(function RegistryImageRow({
  image,
  immutable,
  now,
}: {
  image: RegistryImageModel;
  immutable: boolean;
  now: number;
}) {
  const name = image.tags.length > 0 ? image.tags.join(', ') : 'untagged';
  const marked = image.verdict !== null;
  return (
    <li
      aria-label={`Image ${name}, digest ${image.short}${marked ? ', marked by the lifecycle preview' : ''}`}
      className={cn(
        'min-w-0 space-y-0.5 rounded-lg border-2 bg-[var(--bg)] p-2',
        marked ? 'border-dashed border-amber-600 dark:border-amber-400' : 'border-[var(--border)]',
        image.archived && 'opacity-90',
      )}
    >
      <div className="flex flex-wrap items-center justify-between gap-x-2 gap-y-0.5">
        <Tags tags={image.tags} immutable={immutable} />
        <span className="flex items-center gap-1 text-sm text-[var(--fg-soft)]">
          {image.kind === 'index' ? (
            <>
              <EcrIcon name="index" />
              Image index · {image.children.length} platforms
            </>
          ) : (
            `linux/${image.architecture ?? '?'}`
          )}
        </span>
      </div>
      <p className="text-sm">
        <span className="font-mono font-semibold">sha256:{image.short}</span> · {humanSize(image.sizeBytes)} ·
        pushed {formatAge(now, image.pushedAt)}
        {image.lastPulledAt !== null && <> · pulled {formatAge(now, image.lastPulledAt)}</>}
      </p>
      {image.archived && (
        <p className="flex items-center gap-1 text-sm font-semibold">
          <EcrIcon name="archive" />
          Archived (archive storage class)
        </p>
      )}
      {image.kind === 'manifest' && <ScanStatus scan={image.scan} />}
      {image.children.length > 0 && (
        <ul
          aria-label={`Platforms of ${name}`}
          className="space-y-0.5 border-l-2 border-[var(--border)] pl-2"
        >
          {image.children.map((child) => (
            <li key={child.digest} className="flex flex-wrap items-center gap-x-2 text-sm">
              <span className="font-semibold">linux/{child.architecture ?? '?'}</span>
              <span className="font-mono">sha256:{child.short}</span>
              <span>{humanSize(child.sizeBytes)}</span>
              <ScanStatus scan={child.scan} />
            </li>
          ))}
        </ul>
      )}
      <Verdict image={image} />
    </li>
  );
});
