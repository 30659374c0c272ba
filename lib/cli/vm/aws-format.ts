import { ACCOUNT_ID, AVAILABILITY_ZONE } from '../../sim/vm/figures';
import { EC2_STATE_CODES, type Vm, type VmStateName } from '../../sim/vm/types';

/**
 * AWS CLI JSON output (indent 4, keys in the API's order). Simulated time is shown on a fixed
 * calendar that starts at {@link SIM_EPOCH_MS}, so output stays deterministic.
 */
export const SIM_EPOCH_MS = Date.UTC(2025, 0, 6, 9, 0, 0);

export function awsTimestamp(ms: number): string {
  return new Date(SIM_EPOCH_MS + Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', '+00:00');
}

export function awsJson(value: unknown): string {
  return JSON.stringify(value, null, 4);
}

export function stateOf(name: VmStateName): { Code: number; Name: VmStateName } {
  return { Code: EC2_STATE_CODES[name], Name: name };
}

/** One element of `Instances[]` as RunInstances and DescribeInstances return it. */
export function instanceJson(vm: Vm): Record<string, unknown> {
  const terminated = vm.state === 'terminated';
  const privateDns = `ip-${vm.privateIp.replaceAll('.', '-')}.ec2.internal`;
  return {
    AmiLaunchIndex: vm.launchIndex,
    ImageId: vm.imageId,
    InstanceId: vm.id,
    InstanceType: vm.instanceType,
    LaunchTime: awsTimestamp(vm.launchedAt),
    Monitoring: { State: 'disabled' },
    Placement: { AvailabilityZone: AVAILABILITY_ZONE, GroupName: '', Tenancy: 'default' },
    PrivateDnsName: terminated ? '' : privateDns,
    ...(terminated ? {} : { PrivateIpAddress: vm.privateIp }),
    ProductCodes: [],
    PublicDnsName: '',
    State: stateOf(vm.state),
    StateTransitionReason:
      vm.terminatedAt === null
        ? ''
        : `User initiated (${awsTimestamp(vm.terminatedAt).replace('T', ' ').replace('+00:00', ' GMT')})`,
    Architecture: 'x86_64',
    Hypervisor: 'xen',
    RootDeviceName: '/dev/xvda',
    RootDeviceType: 'ebs',
    VirtualizationType: 'hvm',
  };
}

/** Groups instances into reservations, in launch order. */
export function reservationsJson(vms: readonly Vm[]): Record<string, unknown>[] {
  const order: string[] = [];
  const byReservation = new Map<string, Vm[]>();
  for (const vm of vms) {
    if (!byReservation.has(vm.reservationId)) {
      order.push(vm.reservationId);
      byReservation.set(vm.reservationId, []);
    }
    byReservation.get(vm.reservationId)?.push(vm);
  }
  return order.map((id) => ({
    Groups: [],
    Instances: (byReservation.get(id) ?? []).map(instanceJson),
    OwnerId: ACCOUNT_ID,
    ReservationId: id,
  }));
}

export const AWS_USAGE = [
  'usage: aws [options] <command> <subcommand> [<subcommand> ...] [parameters]',
  'To see help text, you can run:',
  '',
  '  aws help',
  '  aws <command> help',
  '  aws <command> <subcommand> help',
  '',
].join('\n');

export function awsUsageError(message: string): string {
  return `${AWS_USAGE}\naws: error: ${message}`;
}

export function awsApiError(code: string, operation: string, message: string): string {
  return `An error occurred (${code}) when calling the ${operation} operation: ${message}`;
}
