import { describe, expect, it } from 'vitest';
import { engines, getSimulator, listSimulators, sessionForPreset } from './registry';
import {
  readinessRace,
  readyReplicas,
  vmsThatFit,
  containersThatFit,
  containerHostMemory,
} from './vm/selectors';
import type { VmSimState } from './vm/types';
import { decodeShareLink, encodeShareLink } from './core/share-link';
import { runConsoleLine } from '../cli/run-console-line';
import type { Session } from './core/session';
import type { BaseState, CommandBase } from './core/types';

function runLine(session: Session<BaseState, CommandBase>, line: string): Session<BaseState, CommandBase> {
  const result = runConsoleLine(session, line, vm().cli);
  if (result.isError) throw new Error(`${line}: ${result.output}`);
  return result.session;
}

const vm = () => {
  const sim = getSimulator('vm');
  if (sim === undefined) throw new Error('vm simulator missing');
  return sim;
};

describe('registry', () => {
  it('maps engine ids to engine, console and presets', () => {
    expect(listSimulators().map((s) => s.engine.id)).toEqual(['vm', 'ecs', 'eks', 'ecr']);
    expect(getSimulator('nope')).toBeUndefined();
    expect(getSimulator('toString')).toBeUndefined();
    expect(Object.keys(engines())).toEqual(['vm', 'ecs', 'eks', 'ecr']);
    expect(vm().cli.programs.map((p) => p.name)).toEqual(['docker', 'aws', 'traffic']);
  });
});

describe('sessionForPreset', () => {
  it('starts the sandbox empty', () => {
    const session = sessionForPreset(vm(), 'sandbox');
    expect(session.log).toEqual([]);
    expect(session.state.now).toBe(0);
  });

  it('starts the burst with 2 ready VMs and 2 running nginx containers serving 200 req/s', () => {
    const session = sessionForPreset(vm(), 'burst');
    const state = session.state as VmSimState;
    expect(readyReplicas(state)).toEqual({ vm: 2, container: 2 });
    expect(state.rps).toBe(200);
    expect(session.log.map((e) => e.line)).toContain('traffic 200');
  });

  it('lets the learner run the burst: containers reach 20 replicas long before the VMs', () => {
    const session = [
      'traffic 2000',
      'aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.small --count 18',
      'for i in {3..20}; do docker run -d --name web-$i nginx; done',
      'sleep 3m',
    ].reduce(runLine, sessionForPreset(vm(), 'burst'));
    const race = readinessRace(session.state as VmSimState, 20);
    expect(race.container).not.toBeNull();
    expect(race.vm).not.toBeNull();
    // 18 sequential docker runs: seconds, against the minute or more the VMs take.
    expect(race.container ?? Infinity).toBeLessThan(20_000);
    expect(race.vm ?? 0).toBeGreaterThan(30_000);
  });

  it('fills the VM host in the density preset while the container host has room to spare', () => {
    const state = sessionForPreset(vm(), 'density').state as VmSimState;
    expect(vmsThatFit(state, 't3.small')).toBe(0);
    expect(readyReplicas(state).container).toBe(200);
    expect(containersThatFit(state, 'nginx:alpine')).toBeGreaterThan(1000);
    expect(containerHostMemory(state).usedMiB).toBeLessThan(16 * 1024);
  });

  it.each(listSimulators().flatMap((sim) => sim.presets.map((preset) => [sim.engine.id, preset.id] as const)))(
    'gives the %s preset %s a share link that opens to the same state',
    (simId, presetId) => {
      const sim = getSimulator(simId);
      if (sim === undefined) throw new Error(`${simId} missing`);
      const session = sessionForPreset(sim, presetId);
      const decoded = decodeShareLink(encodeShareLink(session), engines());
      if (!decoded.ok) throw new Error(decoded.reason);
      expect(decoded.session.state).toEqual(session.state);
    },
  );
});
