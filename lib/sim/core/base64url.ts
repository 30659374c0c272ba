/**
 * Base64url (RFC 4648 §5) over UTF-8, without padding, written out so lib/ needs neither Buffer
 * (Node) nor btoa (DOM). Decoding is strict: any character outside the alphabet, an impossible
 * length or non-zero spare bits is rejected, so a mutated link never decodes to the same bytes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

export function encodeBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const chunk = (a << 16) | (b << 8) | c;
    const chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (let k = 0; k < chars; k += 1) out += ALPHABET[(chunk >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** The decoded text, or null when the input is not canonical base64url of valid UTF-8. */
export function decodeBase64Url(encoded: string): string | null {
  if (encoded.length % 4 === 1) return null;
  const bytes: number[] = [];
  for (let i = 0; i < encoded.length; i += 4) {
    const group = encoded.slice(i, i + 4);
    let chunk = 0;
    for (let k = 0; k < 4; k += 1) {
      const char = group[k];
      const value = char === undefined ? 0 : VALUES.get(char);
      if (value === undefined) return null;
      chunk = (chunk << 6) | value;
    }
    const byteCount = group.length - 1;
    const spareBits = group.length === 4 ? 0 : chunk & (byteCount === 1 ? 0xffff : 0xff);
    if (spareBits !== 0) return null;
    for (let k = 0; k < byteCount; k += 1) bytes.push((chunk >> (16 - 8 * k)) & 255);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array(bytes));
  } catch {
    return null;
  }
}

/** CRC-32 (IEEE) of a string's UTF-8 bytes: a short check that catches any single changed byte. */
export function crc32(text: string): number {
  let crc = 0xffffffff;
  for (const byte of new TextEncoder().encode(text)) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return (crc ^ 0xffffffff) >>> 0;
}
