import { describe, expect, it } from 'vitest';
import { getSimulator, sessionForPreset } from '@/lib/sim/registry';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import type { Session } from '@/lib/sim/core/session';
import type { BaseState, CommandBase } from '@/lib/sim/core/types';
import type { VmSimState } from '@/lib/sim/vm/types';
import { nextWebIndex, runWebContainersLine, scaleLines } from './action-lines';
import { wantedReplicas } from './readiness-summary';

const sim = () => {
  const entry = getSimulator('vm');
  if (entry === undefined) throw new Error('vm simulator missing');
  return entry;
};

function run(session: Session<BaseState, CommandBase>, line: string | null) {
  if (line === null) return session;
  const result = runConsoleLine(session, line, sim().cli);
  expect(result.isError).toBe(false);
  return result.session;
}

describe('scaleLines', () => {
  it('scales the burst preset with one run-instances --count and one docker run loop', () => {
    const session = sessionForPreset(sim(), 'burst');
    const lines = scaleLines(session.state as VmSimState);
    expect(lines).toEqual({
      vm: 'aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.small --count 18',
      container: 'for i in {3..20}; do docker run -d --name web-$i nginx; done',
    });
  });

  it('runs in the console as typed, reaching 20 on each side, and then asks for nothing more', () => {
    const start = sessionForPreset(sim(), 'burst');
    const lines = scaleLines(start.state as VmSimState);
    const scaled = run(run(start, lines.vm), lines.container);
    expect(wantedReplicas(scaled.state as VmSimState)).toEqual({ vm: 20, container: 20 });
    expect(scaled.log.filter((entry) => entry.line?.startsWith('docker run'))).toHaveLength(20);
    expect(scaleLines(scaled.state as VmSimState)).toEqual({ vm: null, container: null });
  });

  it('numbers new containers after every web-N name already taken', () => {
    let session = sessionForPreset(sim(), 'sandbox');
    session = run(session, 'docker run -d --name web-7 nginx');
    session = run(session, 'docker run -d nginx');
    expect(nextWebIndex(session.state as VmSimState)).toBe(8);
    expect(scaleLines(session.state as VmSimState, 4).container).toBe(
      'for i in {8..9}; do docker run -d --name web-$i nginx; done',
    );
  });

  it('runs a single docker run when only one container is missing', () => {
    expect(runWebContainersLine(5, 5)).toBe('docker run -d --name web-5 nginx');
  });
});
