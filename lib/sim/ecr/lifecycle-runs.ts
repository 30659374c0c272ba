import type { Step } from '../core/types';
import { pickInRange } from '../core/rng';
import type { EcrCommandOf } from './commands';
import { ACCOUNT_ID, LIFECYCLE_DELAY_MS, LIFECYCLE_PERIOD_MS, PREVIEW_DURATION_MS } from './figures';
import { evaluateLifecyclePolicy, readLifecyclePolicy, type LifecyclePreviewResult } from './lifecycle';
import { findRepository, pruneBlobs, replaceRepository } from './registry-images';
import { notFound } from './repositories';
import { done, event, refuse } from './step';
import type { EcrState, LifecyclePreviewResult as PreviewRecordResult, RegistryImage, Repository } from './types';

/**
 * Lifecycle policies on a repository (§8.5): PutLifecyclePolicy checks the text, ECR acts within
 * 24 hours and then daily, and a preview lists what a run would do. A platform image inside a
 * multi-architecture image goes with its index and is never acted on alone, as ECR's lifecycle
 * evaluation rules require for images a manifest list references.
 */
function eligible(repository: Repository): RegistryImage[] {
  const children = new Set(repository.images.flatMap((image) => image.children));
  return repository.images.filter((image) => !children.has(image.digest));
}

function toRecord(result: LifecyclePreviewResult): PreviewRecordResult {
  return { ...result, action: result.action === 'expire' ? 'EXPIRE' : 'TRANSITION' };
}

function policyNotFound(state: EcrState, name: string): Step<EcrState> {
  return refuse(state, 'LifecyclePolicyNotFoundException', `Lifecycle policy does not exist for the repository with name '${name}' in the registry with id '${ACCOUNT_ID}'`);
}

export function putLifecyclePolicy(state: EcrState, command: EcrCommandOf<'PutLifecyclePolicy'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  const reading = readLifecyclePolicy(command.text);
  if (!reading.ok) return refuse(state, reading.code, reading.message);
  const [delay, rng] = pickInRange(state.rng, LIFECYCLE_DELAY_MS);
  const nextRunAt = state.now + Math.round(delay / 60_000) * 60_000;
  const next = replaceRepository({ ...state, rng }, { ...repository, lifecyclePolicy: { text: command.text, setAt: state.now, nextRunAt, lastRunAt: null } });
  const rules = reading.policy.rules.length;
  return done(next, [event(state.now, 'lifecycle-policy-set', 'info', `${repository.name}: lifecycle policy with ${rules} rule${rules === 1 ? '' : 's'} set; ECR acts on it within 24 hours`)], {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    lifecyclePolicyText: command.text,
  });
}

export function deleteLifecyclePolicy(state: EcrState, command: EcrCommandOf<'DeleteLifecyclePolicy'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  if (repository.lifecyclePolicy === null) return policyNotFound(state, repository.name);
  const next = replaceRepository(state, { ...repository, lifecyclePolicy: null });
  return done(next, [event(state.now, 'lifecycle-policy-deleted', 'info', `${repository.name}: lifecycle policy deleted`)], {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    lifecyclePolicyText: repository.lifecyclePolicy.text,
  });
}

export function startLifecyclePolicyPreview(state: EcrState, command: EcrCommandOf<'StartLifecyclePolicyPreview'>): Step<EcrState> {
  const repository = findRepository(state, command.repository);
  if (repository === undefined) return notFound(state, command.repository);
  const text = command.text ?? repository.lifecyclePolicy?.text;
  if (text === undefined) return policyNotFound(state, repository.name);
  if (repository.lifecyclePreview?.status === 'IN_PROGRESS')
    return refuse(state, 'LifecyclePolicyPreviewInProgressException', `The previous lifecycle policy preview request has not completed. Wait and try again.`);
  const reading = readLifecyclePolicy(text);
  if (!reading.ok) return refuse(state, reading.code, reading.message);
  const results = evaluateLifecyclePolicy(reading.policy, eligible(repository), state.now).map(toRecord);
  const preview = { text, status: 'IN_PROGRESS' as const, completesAt: state.now + PREVIEW_DURATION_MS, results };
  const next = replaceRepository(state, { ...repository, lifecyclePreview: preview });
  return done(next, [event(state.now, 'lifecycle-preview-started', 'info', `${repository.name}: lifecycle policy preview started`)], {
    registryId: ACCOUNT_ID,
    repositoryName: repository.name,
    lifecyclePolicyText: text,
    status: 'IN_PROGRESS',
  });
}

/** One daily run of a repository's policy at `state.now`: what the preview would list, done. */
export function runLifecycle(state: EcrState, repository: Repository): { state: EcrState; message: string | null } {
  const policy = repository.lifecyclePolicy;
  if (policy === null) return { state, message: null };
  const reading = readLifecyclePolicy(policy.text);
  const results = reading.ok ? evaluateLifecyclePolicy(reading.policy, eligible(repository), state.now) : [];
  const expired = new Set(results.filter((result) => result.action === 'expire').map((result) => result.digest));
  const archived = new Set(results.filter((result) => result.action === 'transition').map((result) => result.digest));
  const childrenOfExpired = new Set(repository.images.filter((image) => expired.has(image.digest)).flatMap((image) => image.children));
  const images = repository.images
    .filter((image) => !expired.has(image.digest) && !childrenOfExpired.has(image.digest))
    .map((image) => (archived.has(image.digest) ? { ...image, storageClass: 'archive' as const, archivedAt: state.now } : image));
  const next = pruneBlobs({ ...repository, images, lifecyclePolicy: { ...policy, lastRunAt: state.now, nextRunAt: state.now + LIFECYCLE_PERIOD_MS } });
  const parts = [expired.size > 0 ? `expired ${expired.size} image${expired.size === 1 ? '' : 's'}` : '', archived.size > 0 ? `archived ${archived.size}` : ''].filter(Boolean);
  const message = parts.length === 0 ? null : `Lifecycle policy of ${repository.name} ${parts.join(' and ')}`;
  return { state: replaceRepository(state, next), message };
}
