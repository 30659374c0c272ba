import type { Container, VmSimState } from './types';

/**
 * How the docker CLI finds a container from what the learner typed: the full id, then the name
 * (with or without its leading `/`), then a unique id prefix. Containers still waiting for their
 * image do not exist yet as far as docker is concerned.
 */
export type ContainerLookup =
  { readonly ok: true; readonly container: Container } | { readonly ok: false; readonly error: string };

export function visibleContainers(state: VmSimState): readonly Container[] {
  return state.containers.filter((c) => c.status !== 'pulling');
}

export function resolveContainer(state: VmSimState, ref: string): ContainerLookup {
  const visible = visibleContainers(state);
  const name = ref.startsWith('/') ? ref.slice(1) : ref;
  const exact = visible.find((c) => c.id === ref) ?? visible.find((c) => c.name === name);
  if (exact !== undefined) return { ok: true, container: exact };
  const matches =
    ref.length > 0 && /^[0-9a-f]+$/.test(ref) ? visible.filter((c) => c.id.startsWith(ref)) : [];
  const [only, ...others] = matches;
  if (only !== undefined && others.length === 0) return { ok: true, container: only };
  if (only !== undefined) return { ok: false, error: `multiple IDs found with provided prefix: ${ref}` };
  return { ok: false, error: `No such container: ${ref}` };
}

/** Resolves several refs; duplicates (`docker stop web web`) act once. */
export function resolveContainers(
  state: VmSimState,
  refs: readonly string[],
): { found: Container[]; errors: string[] } {
  const found: Container[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    const lookup = resolveContainer(state, ref);
    if (!lookup.ok) errors.push(lookup.error);
    else if (!found.includes(lookup.container)) found.push(lookup.container);
  }
  return { found, errors };
}
