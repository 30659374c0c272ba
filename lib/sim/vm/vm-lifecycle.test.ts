import { describe, expect, it } from 'vitest';
import { vmSim } from './vm-driver';
import { FIGURES, TERMINATED_VISIBLE_MS } from './figures';
import { vmHostMemory } from './selectors';

describe('launchVms', () => {
  it('creates pending instances with EC2-style ids that reserve their whole memory at once', () => {
    const sim = vmSim(3).launch(2, 't3.small');
    expect(sim.state.vms).toHaveLength(2);
    for (const vm of sim.state.vms) {
      expect(vm.id).toMatch(/^i-0[0-9a-f]{16}$/);
      expect(vm.state).toBe('pending');
      expect(vm.memoryMiB).toBe(2048);
    }
    expect(vmHostMemory(sim.state).reservedMiB).toBe(4096);
    expect(sim.kinds()).toEqual(['instance-pending', 'instance-pending']);
  });

  it('goes pending → running (booting) → starting the app → ready, each phase within its range', () => {
    let sim = vmSim(5).launch(1);
    const [vm] = sim.state.vms;
    if (vm === undefined) throw new Error('no vm');
    const { runningAt, osReadyAt, readyAt } = vm.plan;
    expect(runningAt).toBeGreaterThanOrEqual(FIGURES.vmPending.range.min);
    expect(runningAt).toBeLessThanOrEqual(FIGURES.vmPending.range.max);
    expect(osReadyAt - runningAt).toBeGreaterThanOrEqual(FIGURES.vmOsBoot.range.min);
    expect(osReadyAt - runningAt).toBeLessThanOrEqual(FIGURES.vmOsBoot.range.max);
    expect(readyAt - osReadyAt).toBeGreaterThanOrEqual(FIGURES.vmAppStart.range.min);
    expect(readyAt - osReadyAt).toBeLessThanOrEqual(FIGURES.vmAppStart.range.max);
    sim = sim.wait(runningAt - 1);
    expect(sim.state.vms[0]?.state).toBe('pending');
    sim = sim.wait(1);
    expect(sim.state.vms[0]).toMatchObject({ state: 'running', phase: 'booting' });
    expect(sim.lastEvents[0]?.message).toBe(
      `EC2 Instance State-change Notification: ${vm.id} is now running; the guest OS is booting`,
    );
    sim = sim.wait(osReadyAt - runningAt);
    expect(sim.state.vms[0]?.phase).toBe('starting-app');
    sim = sim.wait(readyAt - osReadyAt);
    expect(sim.state.vms[0]?.phase).toBe('ready');
    expect(sim.kinds()).toEqual(['instance-app-ready']);
  });

  it('draws a guest OS of a few hundred MiB inside each VM', () => {
    const { vms } = vmSim(9).launch(5, 't3.micro').state;
    for (const vm of vms) {
      expect(vm.guestOsMiB).toBeGreaterThanOrEqual(FIGURES.guestOsMemory.range.min);
      expect(vm.guestOsMiB).toBeLessThanOrEqual(FIGURES.guestOsMemory.range.max);
    }
  });

  it('refuses the whole launch with InsufficientInstanceCapacity when the host is full', () => {
    const full = vmSim(1).launch(31, 't3.small');
    expect(full.lastError).toBeUndefined();
    const refused = full.launch(1, 't3.small');
    expect(refused.lastError?.code).toBe('InsufficientInstanceCapacity');
    expect(refused.lastError?.message).toMatch(
      /^We currently do not have sufficient t3\.small capacity in the Availability Zone you requested \(us-east-1a\)\./,
    );
    // The error is EC2's text alone; what it means here goes to the event log (and a console hint).
    expect(refused.lastError?.message).toMatch(
      /Our system will be working on provisioning additional capacity\.$/,
    );
    expect(refused.lastEvents[0]?.message).toContain('the hypervisor host is out of room');
    expect(refused.state).toBe(full.state);
    expect(refused.kinds()).toEqual(['launch-failed']);
  });

  it('refuses an unknown instance type and a malformed AMI id in EC2’s words', () => {
    expect(vmSim().launch(1, 't3.huge').lastError).toEqual({
      code: 'InvalidParameterValue',
      message: "Invalid value 't3.huge' for InstanceType.",
    });
    const badAmi = vmSim().send({ type: 'LaunchVms', count: 1, instanceType: 't3.small', imageId: 'ubuntu' });
    expect(badAmi.lastError).toEqual({
      code: 'InvalidAMIID.Malformed',
      message: 'Invalid id: "ubuntu" (expecting "ami-...")',
    });
  });
});

describe('terminateVms', () => {
  it('moves instances to shutting-down, then terminated, freeing their memory only then', () => {
    let sim = vmSim(2).launch(2).wait('3m');
    const id = sim.state.vms[0]?.id ?? '';
    sim = sim.send({ type: 'TerminateVms', ids: [id] });
    expect(sim.state.vms[0]).toMatchObject({ state: 'shutting-down', phase: null });
    expect(vmHostMemory(sim.state).reservedMiB).toBe(4096);
    sim = sim.wait(FIGURES.vmShutdown.range.max);
    expect(sim.state.vms[0]?.state).toBe('terminated');
    expect(vmHostMemory(sim.state).reservedMiB).toBe(2048);
  });

  it('keeps a terminated instance listed for about an hour, then drops it', () => {
    let sim = vmSim(2).launch(1).wait('1m');
    sim = sim
      .send({ type: 'TerminateVms', ids: [sim.state.vms[0]?.id ?? ''] })
      .wait(FIGURES.vmShutdown.range.max);
    expect(sim.state.vms).toHaveLength(1);
    sim = sim.wait(TERMINATED_VISIBLE_MS);
    expect(sim.state.vms).toHaveLength(0);
    expect(sim.kinds()).toContain('instance-purged');
  });

  it('refuses malformed and unknown ids without touching anything', () => {
    const sim = vmSim(2).launch(1);
    expect(sim.send({ type: 'TerminateVms', ids: ['i-123'] }).lastError).toEqual({
      code: 'InvalidInstanceID.Malformed',
      message: 'Invalid id: "i-123"',
    });
    const unknown = sim.send({
      type: 'TerminateVms',
      ids: [sim.state.vms[0]?.id ?? '', 'i-0123456789abcdef0', 'i-0123456789abcdef1'],
    });
    expect(unknown.lastError).toEqual({
      code: 'InvalidInstanceID.NotFound',
      message: "The instance IDs 'i-0123456789abcdef0, i-0123456789abcdef1' do not exist",
    });
    expect(unknown.state).toBe(sim.state);
  });

  it('can terminate a pending instance, which then never boots', () => {
    const sim = vmSim(4).launch(1);
    const ended = sim.send({ type: 'TerminateVms', ids: [sim.state.vms[0]?.id ?? ''] }).wait('5m');
    expect(ended.state.vms[0]?.state).toBe('terminated');
    expect(ended.events.map((e) => e.kind)).not.toContain('instance-running');
  });
});
