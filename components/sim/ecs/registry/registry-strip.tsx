'use client';

import { useId, useMemo } from 'react';
import { formatAge, shortId } from '../../ecr/picture-format';
import { useEcsState } from '../use-ecs-state';
import { pushedImageRows } from './registry-model';

/**
 * The images the learner built and pushed in this account, under the cluster: what a task
 * definition can name, which CPUs each can run on, and when a task last pulled it. A
 * single-platform image for the other CPU still pulls, and then stops with exec format error.
 */
export function RegistryStrip() {
  const ecr = useEcsState((state) => state.ecr);
  const now = useEcsState((state) => state.now);
  const rows = useMemo(() => pushedImageRows(ecr), [ecr]);
  const headingId = useId();
  if (rows.length === 0) return null;
  return (
    // A group, not a landmark: a handout shows one picture per step.
    <section role="group" aria-labelledby={headingId} className="rounded-xl border border-[var(--border)] bg-[var(--bg)] p-3">
      <h3 id={headingId} className="font-semibold">
        Images you pushed to Amazon ECR
      </h3>
      <p className="text-sm text-[var(--fg-soft)]">
        A task pulls one of these when its task definition names it: a Fargate task runs linux/amd64 unless its runtimePlatform says ARM64.
      </p>
      <ul className="mt-2 space-y-2">
        {rows.map((row) => (
          <li key={row.key} className="rounded-lg border border-[var(--border)] px-3 py-2">
            <div className="font-mono font-semibold wrap-anywhere">{row.name}</div>
            <div className="text-sm">
              {row.platforms.join(' + ')}
              {row.singlePlatform ? ' only' : ' (multi-architecture)'} · digest <code>{shortId(row.digest)}</code> · pushed{' '}
              {formatAge(now, row.pushedAt)}
              {' · '}
              {row.lastPulledAt === null ? 'not pulled by a task yet' : `last pulled ${formatAge(now, row.lastPulledAt)}`}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
