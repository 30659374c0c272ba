import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * `sha256:<64 hex>` of a text: every blob, config and manifest is named by the hash of its
 * content (§8.2), so the same content always gets the same digest, in the browser and in Node.
 */
export function digestOf(content: string): string {
  return `sha256:${bytesToHex(sha256(utf8ToBytes(content)))}`;
}

/** The 12 hex characters Docker prints for a layer or an image id. */
export function shortId(digest: string): string {
  return digest.replace(/^sha256:/, '').slice(0, 12);
}

/** Bytes of a text as UTF-8 (a manifest's size, a copied file's size). */
export function byteLength(text: string): number {
  return utf8ToBytes(text).length;
}
