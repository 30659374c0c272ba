/**
 * Ids the API shows but the simulator does not keep (ENI attachment ids, container ARNs' ids,
 * MAC addresses, Docker runtime ids). They are derived from ids in the state with a small string
 * hash, so the same state always prints the same JSON.
 */

/** FNV-1a, 32 bits, as 8 hex digits. */
export function hash8(text: string): string {
  let h = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    h ^= text.charCodeAt(index);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

/** `n` hex digits derived from `seed`. */
export function derivedHex(seed: string, length: number): string {
  let out = '';
  for (let round = 0; out.length < length; round += 1) out += hash8(`${round}:${seed}`);
  return out.slice(0, length);
}

/** A UUID-shaped id derived from `seed`. */
export function derivedUuid(seed: string): string {
  const h = derivedHex(seed, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** A locally administered unicast MAC address derived from `seed`. */
export function derivedMac(seed: string): string {
  const h = derivedHex(seed, 10);
  return ['0a', ...(h.match(/../g) ?? [])].join(':');
}

/** `ip-172-31-5-9.ec2.internal` for `172.31.5.9`. */
export function privateDnsName(ip: string): string {
  return `ip-${ip.replaceAll('.', '-')}.ec2.internal`;
}
