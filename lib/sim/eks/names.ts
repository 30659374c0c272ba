import { nextHex, nextInt, type Rng } from '../core/rng';

/** The alphabet Kubernetes uses for generated name suffixes (no vowels, no look-alikes). */
const SAFE = 'bcdfghjklmnpqrstvwxz2456789';

/** A generated name suffix: `x2x7k` for pods, from the PRNG. */
export function nameSuffix(rng: Rng, length = 5): [string, Rng] {
  let text = '';
  let next = rng;
  for (let index = 0; index < length; index += 1) {
    const [pick, after] = nextInt(next, 0, SAFE.length - 1);
    text += SAFE[pick];
    next = after;
  }
  return [text, next];
}

/** JSON with every object's keys sorted: the same template hashes the same however it was built. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null)
    return `{${Object.keys(value)
      .sort()
      .filter((key) => (value as Record<string, unknown>)[key] !== undefined)
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`)
      .join(',')}}`;
  return JSON.stringify(value);
}

/**
 * The pod-template-hash a Deployment gives a template: the same template always hashes the same,
 * which is why a rollback finds its old ReplicaSet again. (FNV-1a of the template's JSON, written
 * in the safe alphabet, as Kubernetes writes its own hash.)
 */
export function templateHash(template: unknown): string {
  const json = canonicalJson(template);
  let text = '';
  for (const offset of [0x811c9dc5, 0x050c5d1f]) {
    let hash = offset;
    for (let index = 0; index < json.length; index += 1) {
      hash ^= json.charCodeAt(index);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    for (let digit = 0; digit < 5; digit += 1) {
      text += SAFE[hash % SAFE.length];
      hash = Math.floor(hash / SAFE.length);
    }
  }
  return text;
}

/** A UID shaped like Kubernetes's (a random UUID). */
export function podUid(rng: Rng): [string, Rng] {
  const [hex, next] = nextHex(rng, 32);
  return [
    `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`,
    next,
  ];
}

/**
 * Addresses in the cluster's VPC (eksctl's default 192.168.0.0/16, one /18-sized range per zone):
 * nodes and, through the VPC CNI, pods take addresses from their node's zone.
 */
export const ZONE_OCTETS: Readonly<Record<string, number>> = {
  'us-east-1a': 32,
  'us-east-1b': 64,
  'us-east-1c': 96,
};

export function zoneIp(zone: string, counter: number): string {
  const base = ZONE_OCTETS[zone] ?? 32;
  return `192.168.${base + (Math.floor(counter / 250) % 32)}.${(counter % 250) + 4}`;
}

export function nodeNameFor(ip: string): string {
  return `ip-${ip.replaceAll('.', '-')}.ec2.internal`;
}
