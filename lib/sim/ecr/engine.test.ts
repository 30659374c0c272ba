import { describe, expect, it } from 'vitest';
import { drive, LOGIN, repository, WEB } from './testing/ecr-session';

const BUILD = `docker build -t ${WEB}:1.0 .`;
const PUSH = `docker push ${WEB}:1.0`;
const CREATE = 'aws ecr create-repository --repository-name web';

describe('§8.2 push flow, layers and digests', () => {
  it('builds the same digest from the same content, and a new one when a copied file changes', () => {
    const a = drive(['docker build -t web:1.0 .']).session.state.localImages[0];
    const b = drive(['docker build -t web:1.0 .']).session.state.localImages[0];
    const c = drive(['docker build -t web:1.0 .'], { 'index.html': '<h1>changed</h1>' }).session.state.localImages[0];
    expect(a?.manifestDigest).toBe(b?.manifestDigest);
    expect(c?.manifestDigest).not.toBe(a?.manifestDigest);
    // Only the COPY layer changes; the base layers are shared.
    expect(c?.layers.slice(0, -1)).toEqual(a?.layers.slice(0, -1));
    expect(c?.layers.at(-1)?.digest).not.toBe(a?.layers.at(-1)?.digest);
  });

  it('prints CACHED for a step whose layer the builder has made before', () => {
    const { outputs } = drive(['docker build -t web:1.0 .', 'docker build -t web:1.0 .']);
    expect(outputs[0]).not.toContain('CACHED');
    expect(outputs[1]).toContain('CACHED [2/2] COPY index.html /usr/share/nginx/html/');
  });

  it('uploads only the layers the repository lacks: Layer already exists for the rest', () => {
    const { outputs } = drive([CREATE, LOGIN, BUILD, PUSH, `docker build -t ${WEB}:1.1 .`], { 'index.html': 'v1' });
    expect(outputs[3]?.match(/: Pushed/g)).toHaveLength(7);
    const second = drive([CREATE, LOGIN, BUILD, PUSH], { 'index.html': 'v1' });
    const changed = drive([CREATE, LOGIN, BUILD, PUSH, `docker build -t ${WEB}:1.1 --label v=2 .`, `docker push ${WEB}:1.1`]);
    expect(second.outputs[3]).toMatch(/1\.0: digest: sha256:[0-9a-f]{64} size: \d+$/);
    // A label changes only the config: every layer is already there, the manifest is new.
    expect(changed.outputs[5]?.match(/Layer already exists/g)).toHaveLength(7);
  });

  it('re-pushing a tag moves it and leaves the old image untagged', () => {
    const { session } = drive([CREATE, LOGIN, BUILD, PUSH, `docker build -t ${WEB}:1.0 --label v=2 .`, PUSH]);
    const images = repository(session.state).images;
    expect(images).toHaveLength(2);
    expect(images.filter((image) => image.tags.includes('1.0'))).toHaveLength(1);
    expect(images.filter((image) => image.tags.length === 0)).toHaveLength(1);
  });

  it('stores a layer shared by two images once (content-addressed storage)', () => {
    const { session } = drive([CREATE, LOGIN, BUILD, PUSH, `docker build -t ${WEB}:1.1 --label v=2 .`, `docker push ${WEB}:1.1`]);
    const repo = repository(session.state);
    expect(repo.blobs).toHaveLength(7);
    expect(new Set(repo.blobs.map((blob) => blob.digest)).size).toBe(7);
  });
});

describe('§8.1 naming and authentication', () => {
  it.each([
    ['Web', "must satisfy regular expression '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*'"],
    ['a', 'must have length greater than or equal to 2'],
    ['web-', 'must satisfy regular expression'],
    ['team//web', 'must satisfy regular expression'],
  ])('refuses the repository name %s', (name, text) => {
    const { last } = drive([`aws ecr create-repository --repository-name ${name}`]);
    expect(last.isError).toBe(true);
    expect(last.output).toContain('An error occurred (InvalidParameterException) when calling the CreateRepository operation:');
    expect(last.output).toContain(text);
  });

  it('accepts namespaced names such as team/web', () => {
    expect(drive(['aws ecr create-repository --repository-name team/web']).last.isError).toBe(false);
  });

  it('refuses a push without docker login, and after the 12-hour token expires', () => {
    expect(drive([CREATE, BUILD, PUSH]).last.output).toContain('no basic auth credentials');
    const expired = drive([CREATE, LOGIN, BUILD, 'sleep 12h', PUSH]);
    expect(expired.last.output).toContain('denied: Your authorization token has expired. Reauthenticate and try again.');
    expect(drive([CREATE, LOGIN, BUILD, 'sleep 11h', PUSH]).last.isError).toBe(false);
  });

  it('refuses a push to a repository that does not exist', () => {
    expect(drive([LOGIN, BUILD, PUSH]).last.output).toContain(
      "name unknown: The repository with name 'web' does not exist in the registry with id '123456789012'",
    );
  });

  it('refuses docker login with a password that is not a token', () => {
    const { last } = drive(['docker login --username AWS --password nope 123456789012.dkr.ecr.us-east-1.amazonaws.com']);
    expect(last.output).toContain('failed with status: 400 Bad Request');
  });
});

describe('§8.3 tag immutability', () => {
  const immutable = ['aws ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE', LOGIN, BUILD, PUSH];

  it('refuses to overwrite a tag with another image', () => {
    const { last, session } = drive([...immutable, `docker build -t ${WEB}:1.0 --label v=2 .`, PUSH]);
    expect(last.output).toContain("tag invalid: The image tag '1.0' already exists in the 'web' repository and cannot be overwritten because the repository is immutable.");
    expect(repository(session.state).images).toHaveLength(1);
  });

  it('accepts a new tag, and the same image again', () => {
    expect(drive([...immutable, PUSH]).last.isError).toBe(false);
    expect(drive([...immutable, `docker build -t ${WEB}:1.1 --label v=2 .`, `docker push ${WEB}:1.1`]).last.isError).toBe(false);
  });
});

describe('pull, multi-architecture images and the laptop CPU', () => {
  it('pulls what was pushed, reusing the layers already on the laptop', () => {
    const { last } = drive([CREATE, LOGIN, BUILD, PUSH, 'docker build -t other:1 --label x=1 .', `docker rmi ${WEB}:1.0`, `docker pull ${WEB}:1.0`]);
    expect(last.output).toContain('1.0: Pulling from web');
    expect(last.output.match(/Already exists/g)).toHaveLength(7);
    expect(last.output).toContain(`Status: Downloaded newer image for ${WEB}:1.0`);
  });

  it('an Apple silicon laptop builds arm64 unless told --platform', () => {
    const arm = drive(['laptop arch arm64', 'docker build -t web:1.0 .']).session.state.localImages[0];
    const intel = drive(['laptop arch arm64', 'docker build --platform linux/amd64 -t web:1.0 .']).session.state.localImages[0];
    expect(arm?.config.architecture).toBe('arm64');
    expect(intel?.config.architecture).toBe('amd64');
  });

  it('buildx --push makes an image index with one manifest per platform', () => {
    const { session } = drive([CREATE, LOGIN, `docker buildx build --platform linux/amd64,linux/arm64 -t ${WEB}:1.0 --push .`]);
    const images = repository(session.state).images;
    const index = images.find((image) => image.mediaType === 'index');
    expect(index?.tags).toEqual(['1.0']);
    expect(index?.children).toHaveLength(2);
    expect(images.filter((image) => image.mediaType === 'manifest').map((image) => image.architecture).sort()).toEqual(['amd64', 'arm64']);
  });

  it('refuses a multi-platform build without --push', () => {
    expect(drive(['docker buildx build --platform linux/amd64,linux/arm64 -t web:1.0 .']).last.output).toBe(
      'ERROR: docker exporter does not currently support exporting manifest lists',
    );
  });

  it('refuses to pull a single-platform image for another platform asked with --platform', () => {
    const { last } = drive([CREATE, LOGIN, `docker buildx build --platform linux/arm64 -t ${WEB}:1.0 --push .`, `docker pull --platform linux/amd64 ${WEB}:1.0`]);
    expect(last.output).toContain('was found but does not match the specified platform: wanted linux/amd64, actual: linux/arm64');
  });
});

describe('§8.4 scanning and §8.5 lifecycle policies', () => {
  it('scan on push completes after some seconds with the base image findings', () => {
    const lines = ['aws ecr create-repository --repository-name web --image-scanning-configuration scanOnPush=true', LOGIN];
    const old = drive([...lines, `docker build -t ${WEB}:1.0 .`, PUSH, 'sleep 1m'], { Dockerfile: 'FROM nginx:1.21\n' });
    const image = repository(old.session.state).images[0];
    expect(image?.scan?.status).toBe('COMPLETE');
    expect(image?.scan?.findings.some((finding) => finding.severity === 'CRITICAL')).toBe(true);
  });

  it('allows one manual scan per image per 24 hours', () => {
    const lines = [CREATE, LOGIN, BUILD, PUSH, 'aws ecr start-image-scan --repository-name web --image-id imageTag=1.0'];
    expect(drive(lines).last.isError).toBe(false);
    expect(drive([...lines, 'sleep 1h', lines[4] ?? '']).last.output).toContain('LimitExceededException');
  });

  it('a lifecycle run expires exactly what the preview listed', () => {
    const lines = [CREATE, LOGIN];
    for (let day = 1; day <= 20; day += 1) lines.push(LOGIN, `docker build -t ${WEB}:dev --label build=${day} .`, `docker push ${WEB}:dev`, 'sleep 1d');
    lines.push('aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://policy.json', 'sleep 10');
    const previewed = drive(lines);
    const preview = repository(previewed.session.state).lifecyclePreview;
    expect(preview?.status).toBe('COMPLETE');
    // 19 untagged images pushed daily; ECR counts whole days, so those 15 or more days old go.
    expect(preview?.results.length).toBe(6);
    const run = drive([...lines, 'aws ecr put-lifecycle-policy --repository-name web --lifecycle-policy-text file://policy.json', 'sleep 1d']);
    const left = repository(run.session.state).images.map((image) => image.digest);
    for (const result of preview?.results ?? []) expect(left).not.toContain(result.digest);
    // The run comes up to a day later, when one more image may have crossed the 14 days.
    expect(left.length).toBeLessThanOrEqual(20 - (preview?.results.length ?? 0));
    expect(left.length).toBeGreaterThanOrEqual(19 - (preview?.results.length ?? 0));
  });

  it('refuses an invalid policy with ECR’s message', () => {
    const { last } = drive([CREATE, 'aws ecr put-lifecycle-policy --repository-name web --lifecycle-policy-text "{}"']);
    expect(last.output).toContain('InvalidParameterException');
  });
});
