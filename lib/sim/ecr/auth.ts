import { LOGIN_VALID_MS, REGISTRY_HOST } from './figures';
import type { EcrState } from './types';

/**
 * `aws ecr get-login-password` returns a token valid for 12 hours, and `docker login` stores it for
 * the registry (§8.1). The token is base64 JSON like the real one; Dockyard's carries its expiry so
 * `docker login` can tell a fresh token from an old one pasted in.
 */
function base64(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

export function loginPassword(now: number): string {
  return base64(JSON.stringify({ payload: 'dockyard-simulated-registry-token', datakey: 'AQEBAHhwm0YaISJeRtJm5n1G6uqeekXuoXXPe5UFce9Rq8/14wAAAH4wfAYJKoZIhvcNAQcGoG8wbQIBADBoBgkqhkiG9w0BBwEwHgYJYIZIAWUDBAEuMBEEDDS5d', version: '2', type: 'DATA_KEY', expiration: now + LOGIN_VALID_MS }));
}

/** When the token expires, or null if the text is not a token ECR issued. */
export function tokenExpiry(password: string): number | null {
  try {
    const parsed: unknown = JSON.parse(atob(password));
    if (typeof parsed === 'object' && parsed !== null && 'expiration' in parsed && typeof parsed.expiration === 'number') return parsed.expiration;
  } catch {
    // Not base64 JSON: not a token.
  }
  return null;
}

export type AuthProblem = 'none' | 'expired' | null;

/** Whether Docker holds a valid credential for the account's registry. */
export function registryAuth(state: EcrState): AuthProblem {
  const login = state.logins.find((entry) => entry.registry === REGISTRY_HOST);
  if (login === undefined) return 'none';
  return login.expiresAt <= state.now ? 'expired' : null;
}

/** Docker's words for each problem (common observed forms, §8.1). */
export function authMessage(problem: 'none' | 'expired'): string {
  return problem === 'none' ? 'no basic auth credentials' : 'denied: Your authorization token has expired. Reauthenticate and try again.';
}
