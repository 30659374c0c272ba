import type { CommandError } from '../../../sim/core/types';

/**
 * EC2 user data travels base64-encoded. `aws ec2 run-instances --user-data` encodes the text for
 * you (CLI v2), but a launch template's `UserData` must already be base64, and EC2 refuses text
 * that is not: `An error occurred (InvalidUserData.Malformed) when calling the
 * CreateLaunchTemplate operation: Invalid BASE64 encoding of user data.` (seen verbatim in
 * awslabs/ec2-spot-workshops#15 and the moto test notes). EC2 is lenient about padding and line
 * breaks; characters outside the base64 alphabet are what it rejects.
 */
export type UserDataResult =
  { readonly ok: true; readonly text: string } | { readonly ok: false; readonly error: CommandError };

export const MALFORMED_USER_DATA: CommandError = {
  code: 'InvalidUserData.Malformed',
  message: 'Invalid BASE64 encoding of user data.',
};

const ALPHABET = /^[A-Za-z0-9+/]*={0,2}$/;

/** The script inside base64 user data (UTF-8), or EC2's error. */
export function decodeBase64UserData(encoded: string): UserDataResult {
  const compact = encoded.replace(/[\s]/g, '');
  if (!ALPHABET.test(compact)) return { ok: false, error: MALFORMED_USER_DATA };
  const body = compact.replace(/=+$/, '');
  if (body.length % 4 === 1) return { ok: false, error: MALFORMED_USER_DATA };
  const binary = atob(body.padEnd(Math.ceil(body.length / 4) * 4, '='));
  const bytes = Uint8Array.from(binary, (char) => char.charCodeAt(0));
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/** Base64 of the UTF-8 text, as the CLI sends `--user-data` and describe calls show it. */
export function encodeBase64UserData(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}
