'use client';

import { HOST } from '@/lib/sim/vm/figures';
import type { Container, VmSimState } from '@/lib/sim/vm/types';
import { AnimatedGrid } from './animated-grid';
import { ContainerChip } from './container-chip';
import { formatMemory, imageLabel } from './format';
import { HostSection, StackLayer, WorkloadArea } from './host-stack';
import { ContainerHostFacts } from './host-facts';
import { StateLegend, StateTally } from './state-tally';
import { CONTAINER_LOOK, CONTAINER_STATE_ORDER, containerDisplayState } from './status';
import { selectContainers, useVmState } from './use-vm-state';
import type { Inspect } from './inspect-target';
import { useElementWidth } from './use-element-width';
import { containerLayout } from './workload-layout';

const containerKey = (container: Container) => container.id;
const selectImages = (state: VmSimState) => state.images;
const selectPulls = (state: VmSimState) => state.pulls;

/** Images are pulled once per host and shared by every container started from them. */
function ImagesLine() {
  const images = useVmState(selectImages);
  const pulls = useVmState(selectPulls);
  if (images.length === 0 && pulls.length === 0) return null;
  return (
    <p className="w-full text-sm text-[var(--fg-soft)]">
      {images.length > 0 && (
        <>Images on this host: {images.map((image) => imageLabel(image.ref)).join(', ')}. </>
      )}
      {pulls.length > 0 && <>Pulling: {pulls.map((pull) => imageLabel(pull.ref)).join(', ')}.</>}
    </p>
  );
}

/** The right host: the same hardware, one shared kernel, a runtime, and containers that are just processes. */
export function ContainerHost({ onInspect }: { onInspect: Inspect }) {
  const containers = useVmState(selectContainers);
  const [areaRef, width] = useElementWidth<HTMLDivElement>();
  const layout = containerLayout(containers.length, width);
  const many = layout.tally;
  const latest = layout.latest;
  const tally = CONTAINER_STATE_ORDER.map((state) => ({
    key: state,
    look: CONTAINER_LOOK[state],
    count: many ? containers.filter((c) => containerDisplayState(c) === state).length : 0,
  }));
  return (
    <HostSection
      title="Host with a container runtime"
      subtitle="Every container shares the host's one kernel."
    >
      <WorkloadArea
        ref={areaRef}
        empty={containers.length === 0}
        emptyText="No containers yet. Run one below."
      >
        {many && (
          <>
            <StateTally rows={tally} noun="containers on this host" />
            <p className="mt-3 mb-1.5 text-sm text-[var(--fg-soft)]">The {latest} most recent:</p>
          </>
        )}
        <AnimatedGrid
          items={many ? containers.slice(-latest) : containers}
          getKey={containerKey}
          label={many ? `The ${latest} most recent containers` : 'Containers on this host'}
          columns={layout.columns}
          render={(container) => <ContainerChip container={container} onInspect={onInspect} />}
        />
        <StateLegend
          looks={CONTAINER_STATE_ORDER.map((state) => CONTAINER_LOOK[state])}
          label="Container states"
        />
      </WorkloadArea>
      <StackLayer kind="runtime" name="Container runtime" detail="Docker: containerd + runc">
        <ImagesLine />
      </StackLayer>
      <StackLayer kind="system" name="Host OS + Linux kernel" detail="one kernel, shared by all" />
      <StackLayer
        kind="hardware"
        name="Hardware"
        detail={`${HOST.cores} cores · ${formatMemory(HOST.memoryMiB)}`}
      />
      <ContainerHostFacts />
    </HostSection>
  );
}
