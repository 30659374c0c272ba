import type { Json, Step } from '../core/types';
import type { EcrCommandOf } from './commands';
import { buildImage, type BuildStep } from './dockerfile/build-image';
import { readDockerfile } from './dockerfile/read-dockerfile';
import { shortId } from './hash';
import { parseImageRef, refWithTag } from './image-refs';
import { storeLocalImage } from './local-images';
import { pushImages, type PushReport } from './push';
import { done, event, refuse } from './step';
import type { EcrState, PlatformImage } from './types';

/**
 * `docker build` and `docker buildx build --platform … --push` (§10.3, §8.2). The build itself is
 * instant here; what matters is which layers it makes, which come from the cache, and the digests.
 * Errors are BuildKit's, which the client prints after `ERROR: failed to solve: `.
 */
const failed = (state: EcrState, message: string): Step<EcrState> =>
  refuse(state, 'BuildFailed', message.startsWith('Dockyard:') ? message : `ERROR: failed to solve: ${message}`);

function stepJson(step: BuildStep): Json {
  return { text: step.text, cached: step.cached, layer: step.layer === null ? null : shortId(step.layer.digest), bytes: step.layer?.sizeBytes ?? 0 };
}

export function dockerBuild(state: EcrState, command: EcrCommandOf<'DockerBuild'>): Step<EcrState> {
  const names: string[] = [];
  for (const tag of command.tags) {
    const parsed = parseImageRef(tag);
    if (!parsed.ok) return refuse(state, 'InvalidTag', `ERROR: invalid tag "${tag}": ${parsed.error.replace('invalid reference format: ', '')}`);
    names.push(refWithTag(parsed.ref));
  }
  const platforms = command.platforms.length === 0 ? [state.hostArchitecture] : command.platforms;
  if (platforms.length > 1 && !command.push)
    return refuse(state, 'BuildFailed', 'ERROR: docker exporter does not currently support exporting manifest lists');
  if (command.push && names.length === 0)
    return refuse(state, 'BuildFailed', 'ERROR: failed to solve: failed to push: tag is needed when pushing to registry');
  const read = readDockerfile(command.dockerfile);
  if (!read.ok) return failed(state, read.error);

  const cache = new Set(state.buildCache);
  const built: { image: PlatformImage; steps: readonly BuildStep[]; contextBytes: number }[] = [];
  for (const architecture of platforms) {
    const result = buildImage({ instructions: read.instructions, files: command.files, architecture, cache, labels: command.labels });
    if (!result.ok) return failed(state, result.error);
    built.push(result);
  }
  const newLayers = built.flatMap((result) => result.steps.flatMap((step) => (step.layer === null ? [] : [step.layer.digest])));
  let next: EcrState = { ...state, buildCache: [...new Set([...state.buildCache, ...newLayers])] };
  const images = built.map((result) => result.image);
  const pushes: PushReport[] = [];
  if (command.push) {
    for (const tag of command.tags) {
      const parsed = parseImageRef(tag);
      if (!parsed.ok) continue;
      const pushed = pushImages(next, parsed.ref, images);
      if (!pushed.ok) return refuse(state, pushed.code, `ERROR: failed to solve: failed to push ${names[pushes.length] ?? tag}: ${pushed.message}`);
      next = pushed.state;
      pushes.push(pushed.report);
    }
  } else if (images[0] !== undefined) {
    next = { ...next, localImages: storeLocalImage(next.localImages, images[0], names, state.now) };
  }
  const first = built[0];
  const cachedCount = built.reduce((sum, result) => sum + result.steps.filter((step) => step.cached).length, 0);
  const summary = `Built ${names[0] ?? shortId(images[0]?.imageId ?? '')} for ${platforms.map((p) => `linux/${p}`).join(', ')} FROM ${first?.image.base ?? '?'}: ${first?.image.layers.length ?? 0} layers, ${cachedCount} step${cachedCount === 1 ? '' : 's'} from the cache`;
  const events = [event(state.now, 'image-built', 'success', summary)];
  for (const report of pushes) events.push(event(state.now, 'image-pushed', 'success', `Pushed ${report.repository}:${report.tag} (${report.digest.slice(0, 19)}…)`));
  return done(next, events, {
    platforms,
    names,
    base: first?.image.base ?? '',
    contextBytes: first?.contextBytes ?? 0,
    builds: built.map((result) => ({ architecture: result.image.config.architecture, imageId: result.image.imageId, steps: result.steps.map(stepJson) })),
    pushes,
  });
}
