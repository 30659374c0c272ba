'use client';

import { cn } from '@/lib/cn';
import { Breakable } from './breakable';
import { EcrIcon } from './ecr-icons';
import { LifecyclePanel } from './lifecycle-panel';
import { formatUsd, humanSize, STORAGE_PRICE_NOTE } from './picture-format';
import { RegistryImageRow } from './registry-image-row';
import type { RepositoryModel } from './registry-model';

function Settings({ repository }: { repository: RepositoryModel }) {
  return (
    <div className="space-y-0.5 text-sm">
      <p className="flex flex-wrap items-center gap-x-3 gap-y-0.5">
        <span
          className={cn(
            'inline-flex items-center gap-1 font-semibold',
            repository.immutable && 'text-accent-800 dark:text-accent-200',
          )}
        >
          <EcrIcon name={repository.immutable ? 'lock' : 'unlock'} />
          {repository.immutable ? 'IMMUTABLE' : 'MUTABLE'} tags
        </span>
        <span className="inline-flex items-center gap-1">
          <EcrIcon name="shield" />
          Scan on push: {repository.scanOnPush ? 'on' : 'off'}
        </span>
      </p>
      <p className="text-[var(--fg-soft)]">
        {repository.immutable
          ? 'Once pushed, a tag names the same image for ever: a push that would move it is refused.'
          : 'A push can move a tag to a new image; the old one stays, untagged.'}
      </p>
    </div>
  );
}

/**
 * One ECR repository: name and URI, tag mutability and scan on push, what its layers cost to store,
 * its lifecycle policy, and its images newest first.
 */
export function RepositoryCard({
  repository,
  now,
  showAll,
  onShowAll,
}: {
  repository: RepositoryModel;
  now: number;
  showAll: boolean;
  onShowAll: (name: string, showAll: boolean) => void;
}) {
  return (
    <article
      aria-label={`Repository ${repository.name}`}
      className="min-w-0 space-y-2 rounded-lg border-2 border-[var(--border)] bg-[var(--bg)] p-2 sm:p-3"
    >
      <div>
        <h4 className="font-mono text-lg font-semibold">{repository.name}</h4>
        <p className="font-mono text-sm wrap-anywhere text-[var(--fg-soft)]">
          <Breakable text={repository.uri} />
        </p>
      </div>
      <Settings repository={repository} />
      <p className="text-sm">
        <span className="font-semibold">Storage:</span> {humanSize(repository.storageBytes)} of layers, each
        stored once · <span className="font-semibold">{formatUsd(repository.monthlyUsd)} a month</span>{' '}
        <span className="text-[var(--fg-soft)]">({STORAGE_PRICE_NOTE})</span>
      </p>
      <LifecyclePanel repository={repository} now={now} />
      <h5 className="text-sm font-semibold">
        Images{' '}
        <span className="font-normal text-[var(--fg-soft)]">({repository.totalImages}, newest first)</span>
      </h5>
      {repository.totalImages === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-[var(--border)] p-2 text-sm">
          No images yet: tag an image with this URI, log in, and push it.
        </p>
      ) : (
        <ol aria-label={`Images in ${repository.name}`} className="space-y-1.5">
          {repository.images.map((image) => (
            <RegistryImageRow key={image.digest} image={image} immutable={repository.immutable} now={now} />
          ))}
        </ol>
      )}
      {(repository.hiddenImages > 0 || showAll) && (
        <button
          type="button"
          aria-expanded={showAll}
          onClick={() => onShowAll(repository.name, !showAll)}
          className="text-accent-700 dark:text-accent-300 min-h-10 text-sm font-semibold underline underline-offset-2"
        >
          {showAll
            ? 'Show the newest images only'
            : `Show all ${repository.totalImages} images${repository.hiddenMarked > 0 ? ` (${repository.hiddenMarked} more marked by the preview)` : ''}`}
        </button>
      )}
    </article>
  );
}
