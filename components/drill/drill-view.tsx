'use client';

import { findDrill } from '@/lib/drills';
import { EcsSimulatorView } from '@/components/sim/ecs/ecs-simulator';
import { DrillPanel } from './drill-panel';
import { UnknownDrill } from './unknown-drill';

/** A drill with its simulator: the ECS simulator at the drill's broken preset, the drill above it. */
export function DrillView({ id }: { id: string }) {
  const drill = findDrill(id);
  if (drill === undefined) return <UnknownDrill id={id} />;
  return <EcsSimulatorView presetId={drill.preset} fromLink={false} banner={<DrillPanel drill={drill} />} />;
}
