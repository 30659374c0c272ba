'use client';

import { useCallback, useMemo, useState } from 'react';
import { useRenderMeasure } from '../use-render-measure';
import { buildLaptop } from './laptop-model';
import { LaptopPanel } from './laptop-panel';
import { LastTransfer } from './last-transfer';
import { buildRegistry } from './registry-model';
import { RegistryPanel } from './registry-panel';
import { TransferArrows } from './transfer-arrows';
import { lastTransfer } from './transfer-model';
import { selectEcrState, useEcrState, useSimEvents } from './use-ecr-state';

/**
 * The images-and-ECR picture: what the last push or pull did, then the laptop with its images as
 * stacks of layers on the left, the account's registry with its repositories on the right, and
 * between them `docker push` and `docker pull`, the last one drawn bold.
 */
export function EcrPicture() {
  useRenderMeasure('ecr-picture');
  const state = useEcrState(selectEcrState);
  const events = useSimEvents();
  const [allLocal, setAllLocal] = useState(false);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const laptop = useMemo(() => buildLaptop(state, allLocal), [state, allLocal]);
  const repositories = useMemo(() => buildRegistry(state, expanded), [state, expanded]);
  const transfer = useMemo(() => lastTransfer(events), [events]);
  const showAllImages = useCallback((name: string, showAll: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (showAll) next.add(name);
      else next.delete(name);
      return next;
    });
  }, []);

  return (
    <div data-testid="ecr-picture" className="@container space-y-3 text-base">
      <LastTransfer transfer={transfer} />
      <div className="grid items-start gap-3 @4xl:grid-cols-[minmax(0,1.1fr)_8rem_minmax(0,1fr)]">
        <LaptopPanel laptop={laptop} now={state.now} showAll={allLocal} onShowAll={setAllLocal} />
        <TransferArrows transfer={transfer} />
        <RegistryPanel
          repositories={repositories}
          now={state.now}
          expanded={expanded}
          onShowAll={showAllImages}
        />
      </div>
    </div>
  );
}
