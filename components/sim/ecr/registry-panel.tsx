'use client';

import { ACCOUNT_ID, REGION, REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { Breakable } from './breakable';
import { EcrIcon } from './ecr-icons';
import type { RepositoryModel } from './registry-model';
import { RepositoryCard } from './repository-card';

/** The right half of the picture: the account's private ECR registry in the Region and its repositories. */
export function RegistryPanel({
  repositories,
  now,
  expanded,
  onShowAll,
}: {
  repositories: readonly RepositoryModel[];
  now: number;
  expanded: ReadonlySet<string>;
  onShowAll: (name: string, showAll: boolean) => void;
}) {
  return (
    <section
      role="group"
      aria-label="The registry"
      className="min-w-0 space-y-2 rounded-xl border-2 border-[var(--border)] bg-[var(--bg-soft)] p-3"
    >
      <h3 className="flex items-center gap-2 text-lg font-semibold">
        <EcrIcon name="registry" className="size-6" />
        Amazon ECR private registry
      </h3>
      <p className="font-mono text-sm wrap-anywhere">
        <Breakable text={REGISTRY_HOST} />
      </p>
      <p className="text-sm text-[var(--fg-soft)]">
        Account {ACCOUNT_ID}, Region {REGION}. Docker talks to it after <code>docker login</code>; the AWS CLI
        manages its repositories.
      </p>
      {repositories.length === 0 ? (
        <p className="rounded-lg border-2 border-dashed border-[var(--border)] p-3 text-sm">
          No repositories yet. Create one: <code>aws ecr create-repository --repository-name web</code>
        </p>
      ) : (
        repositories.map((repository) => (
          <RepositoryCard
            key={repository.name}
            repository={repository}
            now={now}
            showAll={expanded.has(repository.name)}
            onShowAll={onShowAll}
          />
        ))
      )}
    </section>
  );
}
