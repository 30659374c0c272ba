'use client';

import { useId } from 'react';
import {
  FIRST_REQUEST,
  lambdaRequestMs,
  type OptionDay,
  type OptionModel,
  whereTheyRun,
  type ReplicaSize,
} from '@/lib/compare';
import type { PriceList } from '@/lib/sim/pricing';
import { CostMeter } from './cost-meter';
import { clock, count, usd } from '@/lib/compare/format';
import { replicaNoun } from '@/lib/compare';
import { LambdaLimits } from './lambda-limits';
import { LineSwatch } from './line-marker';
import { OPTION_LOOKS } from './option-looks';
import { ReplicaPicture } from './replica-picture';
import { StatusLine } from './status-line';
import { Heading, type HeadingLevel } from './heading';

const SHORT_NAMES: Readonly<Record<PriceList['id'], string>> = {
  fargate: 'Fargate',
  ec2: 'EC2',
  eks: 'EKS',
  alb: 'ALB',
  lambda: 'Lambda',
};

/** "EC2 2026-12*": the list, its date, and a star when it was read from copies (explained below the cards). */
function priceStamp(list: PriceList): string {
  return `${SHORT_NAMES[list.id]} ${list.asOf}${list.confirmed ? '' : '*'}`;
}

/**
 * One option's column: its replicas and cost at the chosen minute, its day's bill split into idle
 * and busy, how long new capacity takes to answer, and its scaling rule in words.
 */
export function OptionCard({
  day,
  model,
  size,
  minute,
  load,
  meterScale,
  headingLevel,
}: {
  day: OptionDay;
  model: OptionModel;
  size: ReplicaSize;
  minute: number;
  load: number;
  meterScale: number;
  headingLevel: HeadingLevel;
}) {
  const headingId = useId();
  const look = OPTION_LOOKS[day.id];
  const replicas = day.replicas[minute] ?? 0;
  const ready = day.ready[minute] ?? 0;
  const where = whereTheyRun(day, size, minute);
  const startup = FIRST_REQUEST[day.id];
  const replicaText = `${count(replicas)} ${replicaNoun(model, replicas)}${where ? ` ${where}` : ''}`;
  const startingText = replicas > ready ? `, ${count(replicas - ready)} starting` : '';
  return (
    <article
      aria-labelledby={headingId}
      className="row-span-6 mb-1 grid min-w-0 grid-rows-subgrid rounded-2xl border border-[var(--border)] bg-[var(--bg)] p-3"
    >
      <Heading
        level={headingLevel}
        id={headingId}
        className="flex items-center gap-2 text-lg leading-tight font-semibold"
      >
        <LineSwatch look={look} />
        {model.name}
      </Heading>
      <div role="group" aria-label={`${model.name} at ${clock(minute)}`} className="space-y-1.5">
        <p className="text-sm font-semibold text-[var(--fg-soft)]">At {clock(minute)}</p>
        <ReplicaPicture replicas={replicas} ready={ready} label={`${replicaText}${startingText}`} />
        <p className="leading-snug">
          <strong className="text-2xl tabular-nums">{count(replicas)}</strong> {replicaNoun(model, replicas)}
          {where && <span className="block text-sm text-[var(--fg-soft)]">{where}</span>}
          {startingText && (
            <span className="block text-sm text-amber-800 dark:text-amber-300">
              {count(replicas - ready)} starting
            </span>
          )}
        </p>
        <StatusLine load={load} served={day.servedRps[minute] ?? 0} throttled={day.id === 'lambda'} />
        <p className="text-sm">
          Costs <strong className="tabular-nums">{usd((day.costPerMinute[minute] ?? 0) * 60)}</strong> an hour
        </p>
      </div>
      <div role="group" aria-label={`${model.name} over the day`} className="space-y-1">
        <p className="text-sm font-semibold text-[var(--fg-soft)]">Over the day</p>
        <CostMeter idle={day.idleDay} busy={day.busyDay} scale={meterScale} />
        <p className="text-sm">Idle: {usd(day.idleHourly)} an hour with no requests</p>
        <p className="text-xs text-[var(--fg-soft)]">Prices: {look.prices.map(priceStamp).join(', ')}</p>
      </div>
      <div role="group" aria-label={`${model.name}: time to first request`} className="space-y-1">
        <p className="text-sm font-semibold text-[var(--fg-soft)]">New capacity answers in</p>
        <p className="font-semibold">{startup.words}</p>
        <p className="text-sm text-[var(--fg-soft)]">{startup.what}</p>
      </div>
      <div role="group" aria-label={`${model.name}: scaling`} className="space-y-1">
        <p className="text-sm font-semibold text-[var(--fg-soft)]">Scaling</p>
        <p className="text-sm">{model.rule(size)}</p>
      </div>
      {day.id === 'lambda' && (
        <div role="group" aria-label="Lambda limits" className="space-y-1">
          <p className="text-sm font-semibold text-[var(--fg-soft)]">Limits</p>
          <LambdaLimits
            memoryMb={size.memoryGb * 1024}
            requestMs={lambdaRequestMs(size)}
            concurrency={replicas}
          />
        </div>
      )}
    </article>
  );
}
