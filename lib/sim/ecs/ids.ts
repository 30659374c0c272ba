import { nextHex, nextInt, type Rng } from '../core/rng';
import type { World } from './world';

/**
 * Ids shaped like ECS's own, drawn from the state's PRNG so a seed always gives the same ones.
 * Each function advances `world.rng`.
 */
function hex(world: World, length: number): string {
  const [value, next] = nextHex(world.rng as Rng, length);
  world.rng = next;
  return value;
}

/** Task and container-instance ids: 32 hex digits (the id part of their ARNs). */
export function ecsResourceId(world: World): string {
  return hex(world, 32);
}

/** A UUID (service event ids, request ids). */
export function uuid(world: World): string {
  const h = hex(world, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** `ecs-svc/` and 19 digits, as service deployments are named. */
export function deploymentId(world: World): string {
  let digits = '';
  for (let index = 0; index < 19; index += 1) {
    const [digit, next] = nextInt(world.rng, index === 0 ? 1 : 0, 9);
    world.rng = next;
    digits += String(digit);
  }
  return `ecs-svc/${digits}`;
}

/** EC2-style ids: `i-0…`, `r-0…`, `eni-0…`, `subnet-0…`, `nat-0…` with 16 hex digits after the 0. */
export function ec2StyleId(
  world: World,
  prefix: 'i' | 'r' | 'eni' | 'lt' | 'subnet' | 'rtb' | 'rtbassoc' | 'eipalloc' | 'nat' | 'vpce',
): string {
  return `${prefix}-0${hex(world, 16)}`;
}
