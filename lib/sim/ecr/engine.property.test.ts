import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, fuzzTimeout } from '../../testing/fuzz-runs';
import { cliFiles } from '../../cli/aws/input/cli-files';
import { runConsoleLine } from '../../cli/run-console-line';
import { ecrCli } from '../../cli/ecr/ecr-cli';
import { createSession } from '../core/session';
import { readDockerfile } from './dockerfile/read-dockerfile';
import { ecrEngine } from './engine';
import { ECR_EXAMPLE_FILES } from './example-files';
import { runLifecycle } from './lifecycle-runs';
import { LOGIN, WEB, drive, repository } from './testing/ecr-session';
import type { EcrState } from './types';

// Each case drives the engine through up to a few dozen console lines (some spanning days), so
// these properties take a share of FUZZ_RUNS, not all of it.
const runs = { numRuns: Math.max(50, Math.floor(fuzzRuns() / 20)) };
const storyRuns = { numRuns: Math.max(20, Math.floor(fuzzRuns() / 100)) };

/** Lines a learner might type, in any order. */
const line = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(
    'aws ecr create-repository --repository-name web',
    'aws ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE',
    'aws ecr put-image-tag-mutability --repository-name web --image-tag-mutability IMMUTABLE',
    'aws ecr put-image-tag-mutability --repository-name web --image-tag-mutability MUTABLE',
    'aws ecr put-lifecycle-policy --repository-name web --lifecycle-policy-text file://keep-five.json',
    'aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://policy.json',
    'aws ecr batch-delete-image --repository-name web --image-ids imageTag=1.0',
    LOGIN,
    'sleep 6h',
    'sleep 2d',
  ) },
  {
    weight: 3,
    arbitrary: fc.record({ tag: fc.constantFrom('1.0', '1.1', 'latest'), label: fc.integer({ min: 0, max: 3 }) }).chain(({ tag, label }) =>
      fc.constantFrom(
        `docker build -t ${WEB}:${tag} --label v=${label} .`,
        `docker push ${WEB}:${tag}`,
        `docker push ${WEB}:${tag}`,
        `docker pull ${WEB}:${tag}`,
        `docker rmi ${WEB}:${tag}`,
        `docker tag ${WEB}:${tag} ${WEB}:1.0`,
      ),
    ),
  },
);

/** Each story starts with a repository (either kind) and a login, then anything. */
const story = fc
  .tuple(fc.constantFrom('MUTABLE', 'IMMUTABLE'), fc.array(line, { maxLength: 25 }))
  .map(([mutability, rest]) => [`aws ecr create-repository --repository-name web --image-tag-mutability ${mutability}`, LOGIN, ...rest]);

function tagsOf(state: EcrState): Map<string, string> {
  const repo = state.repositories.find((candidate) => candidate.name === 'web');
  const tags = new Map<string, string>();
  for (const image of repo?.images ?? []) for (const tag of image.tags) tags.set(tag, image.digest);
  return tags;
}

describe('ECR engine invariants', () => {
  it(
    'every state reached is consistent, and an immutable tag never points to a new digest',
    () => {
      fc.assert(
        fc.property(story, (lines) => {
          let session = createSession(ecrEngine, 1);
          const files = cliFiles(ECR_EXAMPLE_FILES);
          for (const text of lines) {
            const before = session.state;
            session = runConsoleLine(session, text, ecrCli, files).session;
            expect(ecrEngine.checkInvariants?.(session.state)).toEqual([]);
            const repo = before.repositories.find((candidate) => candidate.name === 'web');
            const afterRepo = session.state.repositories.find((candidate) => candidate.name === 'web');
            if (repo?.tagMutability !== 'IMMUTABLE' || afterRepo?.tagMutability !== 'IMMUTABLE') continue;
            const after = tagsOf(session.state);
            for (const [tag, digest] of tagsOf(before)) {
              const now = after.get(tag);
              if (now !== undefined) expect(now).toBe(digest);
            }
          }
        }),
        runs,
      );
    },
    fuzzTimeout(50),
  );

  it('the same build context always gives the same digests; any change to a copied file gives new ones', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.string({ maxLength: 200 }), (a, b) => {
        const first = drive(['docker build -t web:1 .'], { 'index.html': a }).session.state.localImages[0];
        const again = drive(['docker build -t web:1 .'], { 'index.html': a }).session.state.localImages[0];
        const other = drive(['docker build -t web:1 .'], { 'index.html': b }).session.state.localImages[0];
        expect(again?.manifestDigest).toBe(first?.manifestDigest);
        expect(again?.imageId).toBe(first?.imageId);
        if (a !== b) expect(other?.manifestDigest).not.toBe(first?.manifestDigest);
      }),
      runs,
    );
  }, fuzzTimeout(20));

  it('a lifecycle run at the instant of a preview deletes exactly what the preview lists', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('dev', 'prod-1', 'prod-2', 'prod-3', 'x'), { minLength: 1, maxLength: 15 }), fc.integer({ min: 1, max: 5 }), (tags, days) => {
        const lines = ['aws ecr create-repository --repository-name web'];
        tags.forEach((tag, index) => lines.push(LOGIN, `docker build -t ${WEB}:${tag} --label n=${index} .`, `docker push ${WEB}:${tag}`, `sleep ${days}d`));
        lines.push('aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://policy.json');
        const { session } = drive(lines);
        const repo = repository(session.state);
        const previewed = new Set(repo.lifecyclePreview?.results.map((result) => result.digest));
        const withPolicy = { ...repo, lifecyclePolicy: { text: ECR_EXAMPLE_FILES['policy.json'] ?? '', setAt: 0, nextRunAt: session.state.now, lastRunAt: null } };
        const ran = runLifecycle(session.state, withPolicy);
        const gone = repo.images.filter((image) => !repository(ran.state).images.some((kept) => kept.digest === image.digest)).map((image) => image.digest);
        expect(new Set(gone)).toEqual(previewed);
      }),
      storyRuns,
    );
  }, fuzzTimeout(200));
});

describe('parsers never throw', () => {
  it('reads any text as a Dockerfile or says why not', () => {
    const instruction = fc.constantFrom('FROM nginx', 'RUN apk add curl', 'COPY a b', 'CMD ["x"]', 'EXPOSE 80', 'ENV A=1', 'WORKDIR /app', 'USER 1000', '\\', '#', 'LABEL a=b', 'FROMM x', 'EXPOSE 99999', '');
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(fc.oneof(instruction, fc.string()), { maxLength: 8 }).map((parts) => parts.join('\n'))), (text) => {
        const read = readDockerfile(text);
        expect(read.ok || read.error.length > 0).toBe(true);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout(2));

  it('answers any docker or aws ecr line without throwing or changing state on an error', () => {
    const words = fc.array(fc.oneof(fc.constantFrom('docker', 'aws', 'ecr', 'build', 'push', 'pull', 'tag', '-t', '--platform', 'linux/arm64', '.', 'web:1', '--repository-name', 'create-repository', '--image-ids', 'imageTag=1', 'login', '|', '--password-stdin'), fc.string({ maxLength: 12 })), { maxLength: 8 });
    fc.assert(
      fc.property(words, (parts) => {
        const session = createSession(ecrEngine, 1);
        const result = runConsoleLine(session, parts.join(' '), ecrCli, cliFiles(ECR_EXAMPLE_FILES));
        expect(result.output).not.toContain('internal error');
        if (result.isError) expect(result.session.state).toEqual(session.state);
      }),
      { numRuns: fuzzRuns() },
    );
  }, fuzzTimeout(5));
});
