import { registryAuth } from '@/lib/sim/ecr/auth';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import type { EcrState, LocalImage, Repository } from '@/lib/sim/ecr/types';

export interface QuickAction {
  readonly label: string;
  readonly line: string;
}

export const LOGIN_LINE = `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;

const newestFirst = (images: readonly LocalImage[]) =>
  images
    .map((image, index) => ({ image, index }))
    .sort((a, b) => b.image.createdAt - a.image.createdAt || b.index - a.index);

/** The tag of `image` under `prefix` (`web:` or `URI/web:`), newest image first. */
function taggedAs(images: readonly LocalImage[], prefix: string): { image: LocalImage; tag: string }[] {
  return newestFirst(images).flatMap(({ image }) =>
    image.repoTags
      .filter((name) => name.startsWith(prefix))
      .map((name) => ({ image, tag: name.slice(prefix.length) })),
  );
}

/** The next `1.N` after every `1.N` tag on the laptop and in the repository. */
function nextVersion(state: EcrState, repository: Repository): string {
  const tags = [
    ...state.localImages.flatMap((image) =>
      image.repoTags.map((name) => name.slice(name.lastIndexOf(':') + 1)),
    ),
    ...repository.images.flatMap((image) => image.tags),
  ];
  const minors = tags.flatMap((tag) => /^1\.(\d+)$/.exec(tag)?.[1] ?? []).map(Number);
  return `1.${minors.length === 0 ? 0 : Math.max(...minors) + 1}`;
}

function busy(repository: Repository): boolean {
  return (
    repository.lifecyclePreview?.status === 'IN_PROGRESS' ||
    repository.images.some((image) => image.scan?.status === 'IN_PROGRESS')
  );
}

function laptopActions(state: EcrState, repository: Repository): QuickAction[] {
  const name = repository.name;
  const uriPrefix = `${REGISTRY_HOST}/${name}:`;
  const local = taggedAs(state.localImages, `${name}:`);
  const remote = taggedAs(state.localImages, uriPrefix);
  const actions: QuickAction[] = [];
  const empty = local.length === 0 && remote.length === 0;
  if (empty) actions.push({ label: `Build ${name}:1.0`, line: `docker build -t ${name}:1.0 .` });
  const untagged = local.find(({ tag }) => !remote.some((other) => other.tag === tag));
  if (untagged !== undefined)
    actions.push({
      label: `Tag ${name}:${untagged.tag} for ECR`,
      line: `docker tag ${name}:${untagged.tag} ${uriPrefix}${untagged.tag}`,
    });
  const auth = registryAuth(state);
  if (auth !== null)
    actions.push({ label: auth === 'expired' ? 'Log in to ECR again' : 'Log in to ECR', line: LOGIN_LINE });
  const unpushed = remote.find(
    ({ image, tag }) =>
      repository.images.find((other) => other.tags.includes(tag))?.digest !== image.manifestDigest,
  );
  if (unpushed !== undefined)
    actions.push({ label: `Push ${name}:${unpushed.tag}`, line: `docker push ${uriPrefix}${unpushed.tag}` });
  const tagged = [...repository.images]
    .filter((image) => image.tags.length > 0)
    .sort((a, b) => b.pushedAt - a.pushedAt);
  const pullable =
    tagged.flatMap((image) => image.tags).find((tag) => !remote.some((other) => other.tag === tag)) ??
    tagged[0]?.tags[0];
  if (pullable !== undefined)
    actions.push({ label: `Pull ${name}:${pullable}`, line: `docker pull ${uriPrefix}${pullable}` });
  if (!empty) {
    // A new version with a label: a new image id that shares every layer with the last build.
    const version = nextVersion(state, repository);
    actions.push({
      label: `Build ${name}:${version}`,
      line: `docker build -t ${name}:${version} --label version=${version} .`,
    });
  }
  return actions;
}

function repositoryActions(repository: Repository): QuickAction[] {
  const name = repository.name;
  const actions: QuickAction[] = [];
  if (busy(repository)) actions.push({ label: 'Let 30 seconds pass', line: 'sleep 30' });
  const next = repository.tagMutability === 'IMMUTABLE' ? 'MUTABLE' : 'IMMUTABLE';
  actions.push({
    label: next === 'IMMUTABLE' ? 'Make tags immutable' : 'Make tags mutable',
    line: `aws ecr put-image-tag-mutability --repository-name ${name} --image-tag-mutability ${next}`,
  });
  if (repository.lifecyclePolicy === null)
    actions.push({
      label: 'Apply the lifecycle policy',
      line: `aws ecr put-lifecycle-policy --repository-name ${name} --lifecycle-policy-text file://policy.json`,
    });
  if (repository.lifecyclePreview?.status !== 'IN_PROGRESS')
    actions.push({
      label: 'Preview the lifecycle policy',
      line: `aws ecr start-lifecycle-policy-preview --repository-name ${name} --lifecycle-policy-text file://policy.json`,
    });
  return actions;
}

/**
 * The picture's quick actions, each a console line, for the `web` repository (else the first): the
 * next steps first (build the first image, tag it for ECR, log in, push, pull), then a new version
 * to build, then the repository's settings and lifecycle policy.
 * Only what makes sense now: no tag button once the image has its ECR name, no push once pushed.
 */
export function quickActions(state: EcrState): QuickAction[] {
  const repository =
    state.repositories.find((candidate) => candidate.name === 'web') ?? state.repositories[0];
  if (repository === undefined) {
    const build =
      state.localImages.length === 0 ? [{ label: 'Build web:1.0', line: 'docker build -t web:1.0 .' }] : [];
    return [
      ...build,
      {
        label: 'Create the web repository',
        line: 'aws ecr create-repository --repository-name web --image-scanning-configuration scanOnPush=true',
      },
    ];
  }
  return [...laptopActions(state, repository), ...repositoryActions(repository)];
}
