import fc from 'fast-check';
import type { VmCommand } from './commands';
import type { VmSimState } from './types';

/**
 * Random commands for property tests. Commands that name existing things (terminate, stop, rm)
 * are drawn as "the k-th one" and made concrete against the current state, so they often hit.
 */
export type VmOpSeed =
  | { readonly kind: 'command'; readonly command: VmCommand }
  | { readonly kind: 'terminate'; readonly pick: number }
  | { readonly kind: 'stop'; readonly pick: number }
  | { readonly kind: 'remove'; readonly pick: number; readonly force: boolean };

const images = fc.constantFrom(
  'nginx',
  'nginx:alpine',
  'alpine',
  'redis',
  'httpd',
  'nope',
  'nginx:0.0',
  'UPPER',
);
const types = fc.constantFrom('t3.nano', 't3.micro', 't3.small', 't3.medium', 't3.large', 't9.huge');

export const vmCommandArbitrary: fc.Arbitrary<VmCommand> = fc.oneof(
  fc.record({
    type: fc.constant('LaunchVms' as const),
    count: fc.integer({ min: 1, max: 12 }),
    instanceType: types,
  }),
  fc.record({
    type: fc.constant('RunContainers' as const),
    image: images,
    count: fc.integer({ min: 1, max: 6 }),
  }),
  fc.record(
    {
      type: fc.constant('RunContainers' as const),
      image: images,
      count: fc.constant(1),
      name: fc.constantFrom('web', 'api', 'db'),
      publish: fc.record({ hostPort: fc.constantFrom(8080, 8081), containerPort: fc.constant(80) }),
      memoryMiB: fc.integer({ min: 1, max: 64 }),
    },
    { requiredKeys: ['type', 'image', 'count'] },
  ),
  fc.record({ type: fc.constant('PullImage' as const), image: images }),
  fc.record({ type: fc.constant('SetTraffic' as const), rps: fc.integer({ min: 0, max: 5000 }) }),
  fc.record({ type: fc.constant('StopContainers' as const), refs: fc.constant<string[]>(['web', 'nosuch']) }),
);

export const vmOpSeedArbitrary: fc.Arbitrary<VmOpSeed> = fc.oneof(
  { weight: 5, arbitrary: vmCommandArbitrary.map((command) => ({ kind: 'command' as const, command })) },
  { weight: 1, arbitrary: fc.nat(50).map((pick) => ({ kind: 'terminate' as const, pick })) },
  { weight: 1, arbitrary: fc.nat(50).map((pick) => ({ kind: 'stop' as const, pick })) },
  {
    weight: 1,
    arbitrary: fc.record({ kind: fc.constant('remove' as const), pick: fc.nat(50), force: fc.boolean() }),
  },
);

export function concretize(seed: VmOpSeed, state: VmSimState): VmCommand {
  const pick = <T>(items: readonly T[], index: number): T | undefined =>
    items[index % Math.max(1, items.length)];
  switch (seed.kind) {
    case 'command':
      return seed.command;
    case 'terminate':
      return { type: 'TerminateVms', ids: [pick(state.vms, seed.pick)?.id ?? 'i-0123456789abcdef0'] };
    case 'stop':
      return { type: 'StopContainers', refs: [pick(state.containers, seed.pick)?.name ?? 'nosuch'] };
    case 'remove':
      return {
        type: 'RemoveContainers',
        refs: [pick(state.containers, seed.pick)?.name ?? 'nosuch'],
        force: seed.force,
      };
    default: {
      const unreachable: never = seed;
      return unreachable;
    }
  }
}
