import { REGISTRY_HOST } from './figures';

/**
 * Image references as Docker reads them: `[registry/]repository[:tag][@digest]`. A name without a
 * registry is on Docker Hub (`web` is `docker.io/library/web`), so only a name that starts with
 * the account's registry host refers to an ECR repository (§8.1).
 */
export interface ImageRef {
  /** Registry host, or null for Docker Hub. */
  readonly registry: string | null;
  readonly repository: string;
  readonly tag: string | null;
  readonly digest: string | null;
}

const TAG = /^[\w][\w.-]{0,127}$/;
const DIGEST = /^sha256:[0-9a-f]{64}$/;
const COMPONENT = /^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*$/;

export type ParsedRef = { readonly ok: true; readonly ref: ImageRef } | { readonly ok: false; readonly error: string };

export function parseImageRef(text: string): ParsedRef {
  const invalid = (why: string): ParsedRef => ({ ok: false, error: `invalid reference format${why}` });
  const [nameAndTag = '', digest = null, ...extra] = text.split('@');
  if (extra.length > 0 || nameAndTag === '') return invalid('');
  if (digest !== null && !DIGEST.test(digest)) return invalid('');
  const slash = nameAndTag.indexOf('/');
  const first = slash < 0 ? '' : nameAndTag.slice(0, slash);
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  const registry = hasRegistry ? first : null;
  const remainder = hasRegistry ? nameAndTag.slice(slash + 1) : nameAndTag;
  const colon = remainder.lastIndexOf(':');
  const repository = colon < 0 ? remainder : remainder.slice(0, colon);
  const tag = colon < 0 ? null : remainder.slice(colon + 1);
  if (repository !== repository.toLowerCase()) return invalid(': repository name must be lowercase');
  if (repository === '' || !repository.split('/').every((part) => COMPONENT.test(part))) return invalid('');
  if (tag !== null && !TAG.test(tag)) return invalid('');
  return { ok: true, ref: { registry, repository, tag, digest } };
}

/** The name Docker shows: Docker Hub images without `docker.io/library/`. */
export function refName(ref: ImageRef): string {
  return ref.registry === null ? ref.repository : `${ref.registry}/${ref.repository}`;
}

/** `name:tag`, with `latest` when no tag or digest was given, as docker does. */
export function refWithTag(ref: ImageRef): string {
  return `${refName(ref)}:${ref.tag ?? 'latest'}`;
}

export function isOwnRegistry(ref: ImageRef): boolean {
  return ref.registry === REGISTRY_HOST;
}

/** The URI of an ECR repository: `ACCOUNT.dkr.ecr.REGION.amazonaws.com/NAME`. */
export function repositoryUri(name: string): string {
  return `${REGISTRY_HOST}/${name}`;
}
