import { describe, expect, it } from 'vitest';
import { vmSim } from './vm-driver';
import { CONTAINER_HOST_OS_MIB, FIGURES, HOST } from './figures';
import { applyVmCommand } from './engine';
import { tick } from './tick';
import { containerHostMemory } from './selectors';
import type { Container } from './types';

const only = (containers: readonly Container[]): Container => {
  const [first] = containers;
  if (first === undefined) throw new Error('no container');
  return first;
};

describe('runContainers', () => {
  it('pulls a missing image first, then creates and starts the container within 50 ms – 1 s', () => {
    let sim = vmSim(1).run('nginx', { name: 'web' });
    const pull = sim.state.pulls[0];
    expect(only(sim.state.containers)).toMatchObject({
      status: 'pulling',
      name: 'web',
      image: 'nginx:latest',
    });
    expect(pull?.ref).toBe('nginx:latest');
    const doneAt = pull?.doneAt ?? 0;
    sim = sim.wait(doneAt);
    expect(only(sim.state.containers).status).toBe('created');
    expect(sim.lastEvents.map((e) => e.message)).toContain('Status: Downloaded newer image for nginx:latest');
    sim = sim.wait(FIGURES.containerStart.range.max);
    const web = only(sim.state.containers);
    expect(web.status).toBe('running');
    expect((web.startedAt ?? 0) - doneAt).toBeGreaterThanOrEqual(FIGURES.containerStart.range.min);
    expect((web.startedAt ?? 0) - doneAt).toBeLessThanOrEqual(FIGURES.containerStart.range.max);
    expect(web.id).toMatch(/^[0-9a-f]{64}$/);
  });

  it('skips the pull when the image is cached', () => {
    const sim = vmSim(1).run('nginx').wait('30s').run('nginx');
    expect(sim.state.pulls).toEqual([]);
    expect(sim.state.containers[1]?.status).toBe('created');
    expect(sim.kinds()).toEqual(['container-created']);
    expect(sim.wait(1000).state.containers[1]?.status).toBe('running');
  });

  it('takes longer to pull a bigger image (nginx vs alpine, same seed)', () => {
    const pullTime = (image: string) =>
      vmSim(5).send({ type: 'PullImage', image }).state.pulls[0]?.doneAt ?? 0;
    expect(pullTime('nginx')).toBeGreaterThan(pullTime('alpine'));
  });

  it('shares one pull between containers waiting for the same image', () => {
    const sim = vmSim(1).run('nginx', { count: 5 });
    expect(sim.state.pulls).toHaveLength(1);
    expect(sim.wait('1m').state.containers.every((c) => c.status === 'running')).toBe(true);
  });

  it('gives each container a docker-style name when none is given', () => {
    const names = vmSim(8)
      .run('nginx', { count: 3 })
      .state.containers.map((c) => c.name);
    expect(new Set(names).size).toBe(3);
    for (const name of names) expect(name).toMatch(/^[a-z]+_[a-z]+\d?$/);
  });

  it('counts a working set plus a shim per running container, and no guest OS', () => {
    const sim = vmSim(2).run('nginx').wait('1m');
    const web = only(sim.state.containers);
    expect(web.shimMiB).toBeGreaterThanOrEqual(FIGURES.shimMemory.range.min);
    expect(web.shimMiB).toBeLessThanOrEqual(FIGURES.shimMemory.range.max);
    expect(containerHostMemory(sim.state).appMiB).toBe(web.workingSetMiB);
    expect(containerHostMemory(sim.state).shimMiB).toBe(web.shimMiB);
  });

  it('refuses a published host port already in use with Docker’s words, leaving the new container Created', () => {
    const sim = vmSim(1)
      .run('nginx', { name: 'web1', publish: { hostPort: 8080, containerPort: 80 } })
      .wait('1m');
    const clash = sim.run('nginx', { name: 'web2', publish: { hostPort: 8080, containerPort: 80 } });
    expect(clash.lastError?.code).toBe('PortAllocated');
    expect(clash.lastError?.message).toMatch(
      /^driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/,
    );
    const later = clash.wait('1m');
    expect(later.state.containers.find((c) => c.name === 'web2')).toMatchObject({
      status: 'created',
      portBlocked: true,
    });
  });

  it('refuses a name already in use, naming the container that holds it', () => {
    const sim = vmSim(1).run('nginx', { name: 'web' });
    const clash = sim.run('nginx', { name: 'web' });
    expect(clash.lastError?.message).toBe(
      `Conflict. The container name "/web" is already in use by container "${sim.state.containers[0]?.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
    expect(clash.state).toBe(sim.state);
  });

  it('refuses images Docker Hub does not have, and bad references', () => {
    expect(vmSim().run('nginxx').lastError?.message).toBe(
      "pull access denied for nginxx, repository does not exist or may require 'docker login': denied: requested access to the resource is denied",
    );
    expect(vmSim().run('nginx:9.9').lastError?.message).toBe(
      'manifest for nginx:9.9 not found: manifest unknown: manifest unknown',
    );
    expect(vmSim().run('NGINX').lastError?.message).toBe(
      'invalid reference format: repository name (library/NGINX) must be lowercase',
    );
    expect(vmSim().run('web!').lastError?.message).toBe('invalid reference format');
  });

  it('refuses a memory limit under 6 MB and an invalid name', () => {
    expect(vmSim().run('nginx', { memoryMiB: 4 }).lastError?.message).toBe(
      'Minimum memory limit allowed is 6MB.',
    );
    expect(vmSim().run('nginx', { name: '-x' }).lastError?.message).toBe(
      'Invalid container name (-x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed',
    );
    // Docker's pattern needs at least two characters.
    expect(vmSim().run('nginx', { name: 'a' }).lastError?.code).toBe('InvalidName');
  });

  it('OOM-kills a container whose working set exceeds its -m limit (exit 137)', () => {
    const sim = vmSim(1).run('nginx', { memoryMiB: 8 }).wait('1m');
    expect(only(sim.state.containers)).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: true });
  });

  it('OOM-kills a container that does not fit in the host’s free memory', () => {
    const base = vmSim(1).run('nginx').wait('1m').state;
    const running = only(base.containers);
    const hog: Container = {
      ...running,
      id: 'f'.repeat(64),
      name: 'hog',
      workingSetMiB: HOST.memoryMiB - CONTAINER_HOST_OS_MIB - running.shimMiB - 10,
    };
    const crowded = { ...base, containers: [hog] };
    expect(containerHostMemory(crowded).freeMiB).toBe(10);
    const after = tick(
      applyVmCommand(crowded, { type: 'RunContainers', image: 'nginx', count: 1 }).state,
      2000,
    );
    expect(after.state.containers[1]).toMatchObject({ status: 'exited', exitCode: 137, oomKilled: true });
    expect(after.events.map((e) => e.kind)).toContain('container-oom');
  });

  it('lets shell images exit at once with code 0: a container lives as long as its main process', () => {
    const sim = vmSim(1).run('alpine').wait('1m');
    expect(only(sim.state.containers)).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(sim.events.map((e) => e.kind)).toContain('container-exited');
  });
});

describe('runContainers, one start at a time', () => {
  const startsOf = (containers: readonly Container[]) => containers.map((c) => c.startedAt ?? -1);

  it('starts containers typed one after another one at a time, each after the previous finished', () => {
    let sim = vmSim(4).run('nginx').wait('1m');
    const t0 = sim.state.now;
    for (let i = 0; i < 18; i += 1) sim = sim.run('nginx');
    const queued = sim.state.containers.slice(1);
    let previous = t0;
    for (const c of queued) {
      // Each start begins where the previous docker run ended and takes its own 50 ms – 1 s.
      expect(c.nextAt).toBe(previous + c.startDelayMs);
      previous = c.nextAt ?? 0;
    }
    sim = sim.wait('1m');
    const starts = startsOf(sim.state.containers.slice(1));
    expect(starts).toEqual(queued.map((c) => c.nextAt));
    const total = (starts.at(-1) ?? 0) - t0;
    expect(total).toBe(queued.reduce((sum, c) => sum + c.startDelayMs, 0));
    // Several seconds for 18, still far from a VM's boot.
    expect(total).toBeGreaterThan(3_000);
    expect(total).toBeLessThanOrEqual(18 * FIGURES.containerStart.range.max);
    expect(total).toBeLessThan(FIGURES.vmOsBoot.range.min);
  });

  it('queues the starts of one run with a count as well', () => {
    const sim = vmSim(2).run('nginx').wait('1m').run('nginx', { count: 5 });
    const times = sim.state.containers.slice(1).map((c) => c.nextAt ?? 0);
    for (let i = 1; i < times.length; i += 1)
      expect((times[i] ?? 0) - (times[i - 1] ?? 0)).toBe(sim.state.containers[i + 1]?.startDelayMs);
  });

  it('starts the first container only after its image pull, and the next ones after it', () => {
    const sim = vmSim(1).run('nginx', { count: 3 });
    const doneAt = sim.state.pulls[0]?.doneAt ?? 0;
    const [a, b, c] = sim.state.containers;
    expect(a?.nextAt).toBe(doneAt + (a?.startDelayMs ?? 0));
    expect(b?.nextAt).toBe((a?.nextAt ?? 0) + (b?.startDelayMs ?? 0));
    expect(c?.nextAt).toBe((b?.nextAt ?? 0) + (c?.startDelayMs ?? 0));
    expect(c?.status).toBe('pulling');
  });

  it('makes a run of a cached image wait behind an earlier run still pulling, as in one shell', () => {
    const sim = vmSim(3).send({ type: 'PullImage', image: 'alpine' }).wait('30s').run('nginx').run('alpine');
    const [web, shell] = sim.state.containers;
    expect(shell?.status).toBe('created');
    expect(shell?.nextAt).toBe((web?.nextAt ?? 0) + (shell?.startDelayMs ?? 0));
  });

  it('starts at once again when the daemon is idle', () => {
    const sim = vmSim(5).run('nginx', { count: 3 }).wait('2m');
    const now = sim.state.now;
    const next = sim.run('nginx').state.containers.at(-1);
    expect(next?.nextAt).toBe(now + (next?.startDelayMs ?? 0));
  });

  it('does not hold up the queue with a container whose port is taken', () => {
    const sim = vmSim(1)
      .run('nginx', { name: 'web1', publish: { hostPort: 8080, containerPort: 80 } })
      .wait('1m')
      .run('nginx', { name: 'web2', publish: { hostPort: 8080, containerPort: 80 } })
      .run('nginx', { name: 'web3' });
    const now = sim.state.now;
    expect(sim.state.containers[1]?.nextAt).toBeNull();
    const web3 = sim.state.containers[2];
    expect(web3?.nextAt).toBe(now + (web3?.startDelayMs ?? 0));
  });

  it('lets the others keep their place when a waiting container is stopped', () => {
    const sim = vmSim(6).run('nginx').wait('1m').run('nginx', { count: 3 });
    const planned = sim.state.containers.map((c) => c.nextAt);
    const middle = sim.state.containers[2]?.name ?? '';
    const after = sim.send({ type: 'StopContainers', refs: [middle] }).wait('1m');
    expect(after.state.containers[2]).toMatchObject({ status: 'created', startedAt: null });
    expect(after.state.containers[3]?.startedAt).toBe(planned[3]);
  });
});

describe('stopContainers', () => {
  it('stops running containers by name or id prefix, freeing memory and the port', () => {
    let sim = vmSim(1)
      .run('nginx', { name: 'web', publish: { hostPort: 8080, containerPort: 80 } })
      .wait('1m');
    const id = sim.state.containers[0]?.id ?? '';
    sim = sim.send({ type: 'StopContainers', refs: [id.slice(0, 5)] });
    expect(only(sim.state.containers)).toMatchObject({ status: 'exited', exitCode: 0 });
    expect(containerHostMemory(sim.state).appMiB).toBe(0);
    expect(
      sim.run('nginx', { name: 'web2', publish: { hostPort: 8080, containerPort: 80 } }).lastError,
    ).toBeUndefined();
  });

  it('reports an unknown container and still stops the others', () => {
    const sim = vmSim(1)
      .run('nginx', { name: 'web' })
      .wait('1m')
      .send({ type: 'StopContainers', refs: ['nosuch', 'web'] });
    expect(sim.lastError).toEqual({ code: 'NoSuchContainer', message: 'No such container: nosuch' });
    expect(only(sim.state.containers).status).toBe('exited');
  });
});

describe('removeContainers', () => {
  it('refuses to remove a running container unless forced', () => {
    const sim = vmSim(1).run('nginx', { name: 'web' }).wait('1m');
    const refused = sim.send({ type: 'RemoveContainers', refs: ['web'] });
    expect(refused.lastError?.message).toBe(
      'cannot remove container "/web": container is running: stop the container before removing or force remove',
    );
    expect(refused.state.containers).toHaveLength(1);
    expect(sim.send({ type: 'RemoveContainers', refs: ['web'], force: true }).state.containers).toHaveLength(
      0,
    );
  });

  it('removes a stopped container and frees its name', () => {
    const sim = vmSim(1)
      .run('nginx', { name: 'web' })
      .wait('1m')
      .send({ type: 'StopContainers', refs: ['web'] })
      .send({ type: 'RemoveContainers', refs: ['web'] });
    expect(sim.state.containers).toEqual([]);
    expect(sim.run('nginx', { name: 'web' }).lastError).toBeUndefined();
  });
});
