import type { Subnet } from '@/lib/sim/ecs/types';

/** The console line an Availability Zone's button runs: `chaos fail-az` while it is up, `restore-az` while down. */
export function zoneToggleLine(az: string, available: boolean): string {
  return `chaos ${available ? 'fail-az' : 'restore-az'} ${az}`;
}

/** Each Availability Zone once, sorted, up only if every subnet in it is available. */
export function zoneAvailability(
  subnets: readonly Pick<Subnet, 'az' | 'available'>[],
): { az: string; available: boolean }[] {
  const zones = new Map<string, boolean>();
  for (const subnet of subnets) zones.set(subnet.az, (zones.get(subnet.az) ?? true) && subnet.available);
  return [...zones.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([az, available]) => ({ az, available }));
}
