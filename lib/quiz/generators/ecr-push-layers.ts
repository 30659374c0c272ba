import { humanSize } from '@/lib/cli/ecr/docker-output';
import { findBaseImage } from '@/lib/sim/ecr/base-images';
import { shortId } from '@/lib/sim/ecr/hash';
import type { Layer, LocalImage } from '@/lib/sim/ecr/types';
import { catalogEntry, questionBase } from './catalog-entry';
import { PUSH_APPS, type PushApp, type PushChange } from './ecr-push-apps';
import { LOGIN, ecrSituation, ecrState, runEcrLine, type EcrSession } from './ecr-situation';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { counted, optionId } from './ecs-lines';
import { instructionOf, layerWords, setKey, uploadClaim, type ImageLayers } from './layer-sets';
import { lineDiff } from './line-diff';
import { createPicker } from './picker';
import type { FactTable, GeneratedQuestion, QuestionGenerator } from './types';

const INFO = catalogEntry('ecr-push-layers');
/** What `docker push` prints for each layer (lib/cli/ecr/docker-ecr.ts): the short digest and its fate. */
const PUSH_LINE = /^([0-9a-f]{12}): (Pushed|Layer already exists)$/;

const uri = (app: PushApp, tag: string) => `${REGISTRY_HOST}/${app.repository}:${tag}`;
const dockerfileText = (lines: readonly string[]) => `${lines.join('\n')}\n`;

/** The two build contexts, v1/ and v2/, as the console's files. */
function contexts(app: PushApp, change: PushChange): Record<string, string> {
  const files: Record<string, string> = {
    'v1/Dockerfile': dockerfileText(app.dockerfile),
    'v2/Dockerfile': dockerfileText(change.dockerfile ?? app.dockerfile),
  };
  for (const [name, text] of Object.entries(app.files)) {
    files[`v1/${name}`] = text;
    files[`v2/${name}`] = change.edit?.name === name ? change.edit.text : text;
  }
  return files;
}

function imageLayers(image: LocalImage): ImageLayers {
  const base = findBaseImage(image.base);
  const baseCount = base?.platform(image.config.architecture).layers.length ?? 0;
  return { layers: image.layers, baseCount, baseName: image.base.replace(/^docker\.io\/library\//, '') };
}

function localImage(session: EcrSession, name: string): LocalImage {
  const found = ecrState(session).localImages.find((image) => image.repoTags.includes(name));
  if (found === undefined) throw new Error(`${INFO.id}: no local image ${name}`);
  return found;
}

/** The layer the change itself touches: the COPY of the edited file, the new RUN; null otherwise. */
function changedLayer(image: ImageLayers, app: PushApp, change: PushChange): Layer | null {
  const own = image.layers.slice(image.baseCount);
  if (change.kind === 'edit')
    return (
      own.find((layer) =>
        instructionOf(layer)
          .split(' ')
          .includes(change.edit?.name ?? ''),
      ) ?? null
    );
  if (change.kind !== 'run') return null;
  const added = change.dockerfile?.find((line) => line.startsWith('RUN ') && !app.dockerfile.includes(line));
  return own.find((layer) => instructionOf(layer) === added) ?? null;
}

/** What a learner might believe a push uploads: the wrong answers worth offering. */
function beliefs(image: ImageLayers, touched: Layer | null, change: PushChange): Set<string>[] {
  const digests = (layers: readonly Layer[]) => new Set(layers.map((layer) => layer.digest));
  const own = image.layers.slice(image.baseCount);
  const sets = [new Set<string>(), digests(image.layers), digests(own)];
  if (touched !== null) {
    sets.push(digests([touched]));
    sets.push(digests(image.layers.slice(image.layers.indexOf(touched))));
  }
  // "The top layer changed": a metadata line sits on top of the image, but makes no layer.
  if (change.kind === 'metadata') sets.push(digests(image.layers.slice(-1)));
  if (change.kind === 'base') sets.push(digests(image.layers.slice(0, image.baseCount)));
  return sets;
}

/** Why the change gives these layers new digests, in the lesson's terms. */
function changeWhy(
  image: ImageLayers,
  touched: Layer | null,
  change: PushChange,
  shared: readonly Layer[],
  newLine: string | undefined,
): string {
  const after = touched === null ? 0 : image.layers.length - 1 - image.layers.indexOf(touched);
  const rest =
    after === 0
      ? 'Nothing comes after it, and everything below it is unchanged.'
      : after === 1
        ? 'The layer after it is built on a new parent, so it gets a new digest too; everything below is unchanged.'
        : `The ${after} layers after it are built on new parents, so they get new digests too; everything below is unchanged.`;
  switch (change.kind) {
    case 'edit':
      return `Editing ${change.edit?.name ?? 'the file'} changes what ${touched === null ? 'its COPY' : `“${instructionOf(touched)}”`} copies, so that layer has a new digest. ${rest}`;
    case 'run':
      return `The new ${touched === null ? 'RUN' : `“${instructionOf(touched)}”`} makes a new layer. ${rest}`;
    case 'metadata':
      return `${newLine === undefined ? 'The changed line' : `“${newLine}”`} only describes the image: it changes the image config, but no layer’s content or parent, so every layer keeps its digest. Only the new config and manifest go up.`;
    case 'base':
      return `The new base brings its own layers, and every layer the Dockerfile adds is built on a new parent, so it gets a new digest. ${
        shared.length === 0
          ? 'The two bases share no layer.'
          : `${shared.map((layer) => `“${instructionOf(layer)}”`).join(', ')} is the same layer in both bases (Alpine’s root filesystem), so its digest matches and the repository has it already.`
      }`;
    default: {
      const unknown: never = change.kind;
      return unknown;
    }
  }
}

function facts(app: PushApp, first: LocalImage): FactTable {
  const layers = imageLayers(first);
  return {
    caption: `The layers of ${app.repository}:1.0, already in the repository (top first, as docker push lists them)`,
    columns: ['Layer', 'From', 'Made by', 'Size'],
    rows: [...first.layers]
      .reverse()
      .map((layer) => [
        shortId(layer.digest),
        first.layers.indexOf(layer) < layers.baseCount ? layers.baseName : 'Dockerfile',
        instructionOf(layer),
        humanSize(layer.sizeBytes),
      ]),
  };
}

function generate(seed: number): GeneratedQuestion {
  const pick = createPicker(seed);
  const app = pick.one(PUSH_APPS);
  const change = pick.one(app.changes);
  const files = contexts(app, change);
  const lines = [
    `aws ecr create-repository --repository-name ${app.repository}`,
    LOGIN,
    `docker build -t ${uri(app, '1.0')} v1`,
    `docker push ${uri(app, '1.0')}`,
    `docker build -t ${uri(app, '1.1')} v2`,
  ];
  const before = ecrSituation(lines, files, seed);
  const askLine = `docker push ${uri(app, '1.1')}`;
  const asked = runEcrLine(before, askLine, files);
  if (asked.isError) throw new Error(`${INFO.id}: "${askLine}" failed: ${asked.output}`);
  const first = localImage(before, uri(app, '1.0'));
  const second = localImage(before, uri(app, '1.1'));
  const image = imageLayers(second);
  const touched = changedLayer(image, app, change);
  // The answer is what the engine's push printed, layer by layer.
  const fates = new Map(
    asked.output.split('\n').flatMap((line) => {
      const match = PUSH_LINE.exec(line);
      return match === null ? [] : [[match[1] ?? '', match[2] ?? ''] as const];
    }),
  );
  const pushed = new Set(
    second.layers
      .filter((layer) => fates.get(shortId(layer.digest)) === 'Pushed')
      .map((layer) => layer.digest),
  );
  if (fates.size !== second.layers.length) throw new Error(`${INFO.id}: the push did not report every layer`);
  const shared = second.layers.slice(0, image.baseCount).filter((layer) => !pushed.has(layer.digest));
  const newLine = change.dockerfile?.find((line) => !app.dockerfile.includes(line));
  const why = changeWhy(image, touched, change, shared, newLine);
  const sets = [pushed, ...beliefs(image, touched, change)];
  const distinct = sets.filter(
    (set, index) => sets.findIndex((other) => setKey(other) === setKey(set)) === index,
  );
  const shown = pick.some([pushed, ...pick.some(distinct.slice(1), 3)], Math.min(4, distinct.length));
  const options = shown.map((set, index) => ({
    id: optionId(index),
    text: uploadClaim(image, set),
    explanation: set === pushed ? `Right. ${why}` : rebut(image, set, pushed, why),
  }));
  const bytes = second.layers
    .filter((layer) => pushed.has(layer.digest))
    .reduce((sum, layer) => sum + layer.sizeBytes, 0);
  return {
    generator: INFO.id,
    seed,
    question: {
      ...questionBase(
        INFO,
        change.kind === 'edit' || change.kind === 'metadata' ? 'medium' : 'hard',
        [7, 26],
      ),
      kind: 'single',
      stem: `\`${app.repository}:1.0\` was built from this Dockerfile and pushed to the ECR repository \`${app.repository}\`. Then ${change.words}${change.edit === undefined ? ' (the diff shows the change)' : ', leaving the Dockerfile as it is'}, build \`${app.repository}:1.1\` and push it to the same repository. Which of its layers does \`docker push\` upload?`,
      options,
      answer: optionId(shown.indexOf(pushed)),
    },
    situation: {
      picture: null,
      lines,
      before,
      facts: facts(app, first),
      file:
        change.dockerfile === undefined
          ? { name: 'Dockerfile', text: dockerfileText(app.dockerfile) }
          : {
              name: 'Dockerfile (the change from 1.0 to 1.1)',
              text: lineDiff(app.dockerfile, change.dockerfile),
            },
    },
    reveal: {
      lines: [askLine],
      after: asked.session,
      output: asked.output,
      reasoning: [
        'docker push first asks the repository about each layer’s digest. A digest it already has prints Layer already exists and is skipped; a new one is uploaded and prints Pushed.',
        'A layer’s digest is a hash of its content, and a step rebuilt on a new parent makes a new layer: a changed step and every step after it get new digests, and the steps below keep theirs.',
        why,
        pushed.size === 0
          ? `So all ${counted(second.layers.length, 'layer')} print Layer already exists.`
          : `So ${counted(pushed.size, 'layer')} print${pushed.size === 1 ? 's' : ''} Pushed (${humanSize(bytes)}): ${layerWords(image, pushed)}. ${existing(second.layers.length - pushed.size)}`,
      ],
    },
  };
}

function existing(count: number): string {
  if (count === 0) return 'None of them was in the repository before.';
  return `${count === 1 ? 'The other layer' : `The other ${count} layers`} print${count === 1 ? 's' : ''} Layer already exists.`;
}

/** Why a wrong set is wrong: the layers it uploads needlessly, and those it forgets. */
function rebut(
  image: ImageLayers,
  set: ReadonlySet<string>,
  pushed: ReadonlySet<string>,
  why: string,
): string {
  const extra = new Set([...set].filter((digest) => !pushed.has(digest)));
  const missing = new Set([...pushed].filter((digest) => !set.has(digest)));
  const parts: string[] = [];
  if (extra.size > 0)
    parts.push(
      `The repository already has ${layerWords(image, extra)} with the same digest${extra.size === 1 ? '' : 's'}, so the push prints Layer already exists for ${extra.size === 1 ? 'it' : 'them'}.`,
    );
  if (missing.size > 0)
    parts.push(`It leaves out ${layerWords(image, missing)}, which must go up too. ${why}`);
  return parts.join(' ');
}

export const ecrPushLayers: QuestionGenerator = { ...INFO, generate };
