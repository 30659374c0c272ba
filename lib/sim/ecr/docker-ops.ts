import type { Step } from '../core/types';
import { authMessage, registryAuth, tokenExpiry } from './auth';
import { findBaseImage } from './base-images';
import type { EcrCommandOf } from './commands';
import { ACCOUNT_ID, REGISTRY_HOST } from './figures';
import { isOwnRegistry, parseImageRef, refName, refWithTag } from './image-refs';
import { findLocalImage, storeLocalImage } from './local-images';
import { pushImages } from './push';
import { findRepository, imageByDigest, imageByTag, replaceRepository } from './registry-images';
import { done, event, refuse } from './step';
import type { EcrState, PlatformImage, RegistryImage } from './types';

/** docker tag, push, pull, rmi and login against the laptop's store and the registry (§8.1–8.2). */
const daemon = (message: string) => `Error response from daemon: ${message}`;

export function dockerTag(state: EcrState, command: EcrCommandOf<'DockerTag'>): Step<EcrState> {
  const source = parseImageRef(command.source);
  const image = findLocalImage(state, command.source, source.ok ? source.ref : null);
  if (image === undefined) return refuse(state, 'NoSuchImage', daemon(`No such image: ${command.source}`));
  const target = parseImageRef(command.target);
  if (!target.ok) return refuse(state, 'InvalidReference', `Error parsing reference: "${command.target}" is not a valid repository/tag: ${target.error}`);
  const name = refWithTag(target.ref);
  const next = { ...state, localImages: storeLocalImage(state.localImages, image, [name], state.now) };
  return done(next, [event(state.now, 'image-tagged', 'info', `Tagged ${image.repoTags[0] ?? image.imageId.slice(7, 19)} as ${name}`)]);
}

export function dockerPush(state: EcrState, command: EcrCommandOf<'DockerPush'>): Step<EcrState> {
  const parsed = parseImageRef(command.ref);
  if (!parsed.ok) return refuse(state, 'InvalidReference', parsed.error);
  const image = findLocalImage(state, command.ref, parsed.ref);
  if (image === undefined) return refuse(state, 'NoSuchImage', `An image does not exist locally with the tag: ${refName(parsed.ref)}`);
  const pushed = pushImages(state, parsed.ref, [image]);
  if (!pushed.ok) return { ...refuse(state, pushed.code, pushed.message), response: { repository: refName(parsed.ref), layers: image.layers.map((layer) => layer.digest).reverse() } };
  const repoDigest = `${refName(parsed.ref)}@${pushed.report.digest}`;
  const localImages = storeLocalImage(pushed.state.localImages, image, [], state.now, repoDigest);
  const { report } = pushed;
  const uploaded = report.layers.filter((layer) => layer.status === 'Pushed').length;
  const message = `Pushed ${report.repository}:${report.tag}: ${uploaded} layer${uploaded === 1 ? '' : 's'} uploaded, ${report.layers.length - uploaded} already in the repository`;
  return done({ ...pushed.state, localImages }, [event(state.now, 'image-pushed', 'success', message)], { ...report, name: refName(parsed.ref) });
}

function pullFromRegistry(state: EcrState, text: string, platform: 'amd64' | 'arm64', explicit: boolean): Step<EcrState> | { image: PlatformImage; name: string; digest: string; state: EcrState } {
  const parsed = parseImageRef(text);
  if (!parsed.ok) return refuse(state, 'InvalidReference', parsed.error);
  const { ref } = parsed;
  const shown = ref.digest === null ? refWithTag(ref) : `${refName(ref)}@${ref.digest}`;
  if (!isOwnRegistry(ref)) {
    const base = ref.registry === null ? findBaseImage(`${ref.repository}:${ref.tag ?? 'latest'}`) : undefined;
    if (base === undefined)
      return refuse(state, 'NotFound', daemon(`pull access denied for ${refName(ref)}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`));
    const image = base.platform(platform);
    return { image, name: refWithTag(ref), digest: image.manifestDigest, state };
  }
  const auth = registryAuth(state);
  if (auth !== null) return refuse(state, 'NoCredentials', daemon(`Head "https://${REGISTRY_HOST}/v2/${ref.repository}/manifests/${ref.digest ?? ref.tag ?? 'latest'}": ${authMessage(auth)}`));
  const repository = findRepository(state, ref.repository);
  if (repository === undefined)
    return refuse(state, 'RepositoryNotFoundException', daemon(`repository ${refName(ref)} not found: name unknown: The repository with name '${ref.repository}' does not exist in the registry with id '${ACCOUNT_ID}'`));
  const found = ref.digest !== null ? imageByDigest(repository, ref.digest) : imageByTag(repository, ref.tag ?? 'latest');
  if (found === undefined) return refuse(state, 'ImageNotFoundException', daemon(`manifest for ${shown} not found: manifest unknown: Requested image not found`));
  const chosen: RegistryImage | undefined = found.mediaType === 'index'
    ? found.children.map((digest) => imageByDigest(repository, digest)).find((child) => child?.architecture === platform)
    : found;
  if (chosen?.image == null) return refuse(state, 'NoMatchingManifest', daemon(`no matching manifest for linux/${platform} in the manifest list entries`));
  if (explicit && chosen.architecture !== platform)
    return refuse(state, 'PlatformMismatch', daemon(`image with reference ${shown} was found but does not match the specified platform: wanted linux/${platform}, actual: linux/${chosen.architecture ?? 'unknown'}`));
  const pulledAt = (image: RegistryImage) => (image.digest === found.digest || image.digest === chosen.digest ? { ...image, lastPulledAt: state.now } : image);
  const next = replaceRepository(state, { ...repository, images: repository.images.map(pulledAt) });
  return { image: chosen.image, name: ref.digest === null ? refWithTag(ref) : '', digest: found.digest, state: next };
}

export function dockerPull(state: EcrState, command: EcrCommandOf<'DockerPull'>): Step<EcrState> {
  const platform = command.platform ?? state.hostArchitecture;
  const pulled = pullFromRegistry(state, command.ref, platform, command.platform !== undefined);
  if ('events' in pulled) return pulled;
  const parsed = parseImageRef(command.ref);
  const repo = parsed.ok ? refName(parsed.ref) : command.ref;
  const localLayers = new Set(pulled.state.localImages.flatMap((image) => image.layers.map((layer) => layer.digest)));
  const existing = findLocalImage(pulled.state, command.ref, parsed.ok ? parsed.ref : null);
  const upToDate = existing?.imageId === pulled.image.imageId;
  const layers = pulled.image.layers.map((layer) => ({ digest: layer.digest, status: localLayers.has(layer.digest) ? 'Already exists' : 'Pull complete' }));
  const localImages = storeLocalImage(pulled.state.localImages, pulled.image, pulled.name === '' ? [] : [pulled.name], state.now, `${repo}@${pulled.digest}`);
  const message = upToDate ? `${command.ref}: image is up to date` : `Pulled ${command.ref} for linux/${platform}`;
  return done({ ...pulled.state, localImages }, [event(state.now, 'image-pulled', 'success', message)], {
    name: pulled.name,
    path: parsed.ok ? (parsed.ref.registry === null ? `library/${parsed.ref.repository}` : parsed.ref.repository) : repo,
    repository: repo,
    tag: parsed.ok ? (parsed.ref.digest ?? parsed.ref.tag ?? 'latest') : '',
    digest: pulled.digest,
    upToDate,
    layers,
  });
}

export function dockerRmi(state: EcrState, command: EcrCommandOf<'DockerRmi'>): Step<EcrState> {
  let images = state.localImages;
  const lines: string[] = [];
  for (const text of command.refs) {
    const parsed = parseImageRef(text);
    const image = findLocalImage({ ...state, localImages: images }, text, parsed.ok ? parsed.ref : null);
    if (image === undefined) return refuse(state, 'NoSuchImage', daemon(`No such image: ${text}`));
    const name = parsed.ok && !/^[0-9a-f]{12,64}$/.test(text) ? refWithTag(parsed.ref) : null;
    const remaining = name === null ? [] : image.repoTags.filter((tag) => tag !== name);
    if (name === null && image.repoTags.length > 1 && !command.force)
      return refuse(state, 'Conflict', daemon(`conflict: unable to delete ${image.imageId.slice(7, 19)} (must be forced) - image is referenced in multiple repositories`));
    if (name !== null) lines.push(`Untagged: ${name}`);
    if (remaining.length > 0) {
      images = images.map((other) => (other.imageId === image.imageId ? { ...other, repoTags: remaining } : other));
      continue;
    }
    for (const tag of name === null ? image.repoTags : []) lines.push(`Untagged: ${tag}`);
    lines.push(`Deleted: ${image.imageId}`);
    images = images.filter((other) => other.imageId !== image.imageId);
  }
  return done({ ...state, localImages: images }, [event(state.now, 'image-removed', 'info', lines.join(', '))], { lines });
}

export function dockerLogin(state: EcrState, command: EcrCommandOf<'DockerLogin'>): Step<EcrState> {
  const registry = command.registry.replace(/^https?:\/\//, '').replace(/\/$/, '');
  if (registry !== REGISTRY_HOST)
    return refuse(state, 'LoginFailed', `Dockyard: this simulator has one registry, your account's ECR registry ${REGISTRY_HOST}; log in to it.`);
  const expiry = tokenExpiry(command.password);
  if (command.username !== 'AWS' || expiry === null || expiry <= state.now)
    return refuse(state, 'LoginFailed', daemon(`login attempt to https://${REGISTRY_HOST}/v2/ failed with status: 400 Bad Request`));
  const logins = [...state.logins.filter((login) => login.registry !== registry), { registry, expiresAt: expiry }];
  return done({ ...state, logins }, [event(state.now, 'docker-login', 'success', `Logged in to ${registry} until the token expires in 12 hours`)]);
}
