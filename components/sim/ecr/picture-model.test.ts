import { describe, expect, it } from 'vitest';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { ecrAfter } from './ecr-test-driver';
import { buildLaptop, LAPTOP_IMAGE_LIMIT } from './laptop-model';
import { summarisePolicy } from './lifecycle-summary';
import { ECR_EXAMPLE_FILES } from '@/lib/sim/ecr/example-files';
import {
  formatAge,
  formatIn,
  formatUsd,
  layerBarShare,
  monthlyStorageUsd,
  splitRegistry,
} from './picture-format';
import { buildRegistry, buildRepository, REGISTRY_IMAGE_LIMIT } from './registry-model';

const WEB = `${REGISTRY_HOST}/web`;
const LOGIN = `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;
const PUSHED = ['docker tag web:1.0 ' + WEB + ':1.0', LOGIN, `docker push ${WEB}:1.0`];

describe('buildLaptop', () => {
  it('draws the built image top layer first with short digests, and no layer as shared or in ECR yet', () => {
    const laptop = buildLaptop(ecrAfter('built').state);
    expect(laptop.cpu).toBe('Intel (amd64)');
    expect(laptop.login).toEqual({ status: 'none' });
    const [image] = laptop.images;
    expect(image?.tags).toEqual(['web:1.0']);
    expect(image?.shortImageId).toMatch(/^[0-9a-f]{12}$/);
    expect(image?.layers).toHaveLength(7);
    expect(image?.layers[0]?.createdBy).toContain('COPY index.html');
    expect(image?.layers.at(-1)?.createdBy).toContain('alpine-minirootfs');
    expect(image?.layers.every((layer) => /^[0-9a-f]{12}$/.test(layer.short))).toBe(true);
    expect(image?.layers.some((layer) => layer.shared || layer.inRegistry)).toBe(false);
    expect(image?.unpackedBytes).toBe(image!.compressedBytes * 2.5);
  });

  it('marks the layers two images have as shared, and those a repository holds as in ECR', () => {
    const { state } = ecrAfter('built', [...PUSHED, 'docker build -t web:1.1 --label version=1.1 .']);
    const laptop = buildLaptop(state);
    expect(laptop.login.status).toBe('valid');
    expect(laptop.images.map((image) => image.tags[0])).toEqual(['web:1.1', 'web:1.0']);
    const [newer, older] = laptop.images;
    expect(newer?.layers.map((layer) => layer.digest)).toEqual(older?.layers.map((layer) => layer.digest));
    expect(newer?.layers.every((layer) => layer.shared && layer.inRegistry)).toBe(true);
    expect(older?.repoDigests).toHaveLength(1);
    expect(newer?.repoDigests).toEqual([]);
  });

  it('shows the newest images only until asked, and counts the dangling ones', () => {
    const { state } = ecrAfter('month');
    const laptop = buildLaptop(state);
    expect(laptop.images).toHaveLength(LAPTOP_IMAGE_LIMIT);
    // dev was built after prod-1.30.0 on the last day, in the same simulated second.
    expect(laptop.images.map((image) => image.tags[0])).toEqual(
      [`${WEB}:dev`, `${WEB}:prod-1.30.0`, `${WEB}:prod-1.29.0`, `${WEB}:prod-1.28.0`].slice(
        0,
        LAPTOP_IMAGE_LIMIT,
      ),
    );
    expect(laptop.danglingImages).toBe(29);
    expect(laptop.hiddenImages).toBe(31 - LAPTOP_IMAGE_LIMIT);
    expect(buildLaptop(state, true).images).toHaveLength(31);
  });

  it('names an Apple silicon laptop and the platform of what it builds', () => {
    const { state } = ecrAfter('apple-silicon', ['docker build -t web:1.0 .']);
    const laptop = buildLaptop(state);
    expect(laptop.cpu).toBe('Apple silicon (arm64)');
    expect(laptop.images[0]?.architecture).toBe('arm64');
  });
});

describe('buildRepository', () => {
  it('lists a pushed image with its tag, short digest, size and a scan that completes', () => {
    const pushed = ecrAfter('built', PUSHED);
    const [repository] = buildRegistry(pushed.state);
    expect(repository?.uri).toBe(WEB);
    expect(repository?.immutable).toBe(false);
    const [image] = repository?.images ?? [];
    expect(image?.tags).toEqual(['1.0']);
    expect(image?.short).toMatch(/^[0-9a-f]{12}$/);
    expect(image?.scan?.status).toBe('IN_PROGRESS');
    expect(repository?.storageBytes).toBe(image?.sizeBytes);
    expect(repository?.monthlyUsd).toBeCloseTo((image!.sizeBytes / 2 ** 30) * 0.1, 10);
    const scanned = buildRegistry(ecrAfter('built', [...PUSHED, 'sleep 30']).state)[0]?.images[0];
    expect(scanned?.scan).toMatchObject({ status: 'COMPLETE', counts: {} });
  });

  it('draws a multi-platform image as one index entry with its amd64 and arm64 children', () => {
    const { state } = ecrAfter('built', [
      LOGIN,
      `docker buildx build --platform linux/amd64,linux/arm64 -t ${WEB}:multi --push .`,
    ]);
    const [repository] = buildRegistry(state);
    expect(repository?.images).toHaveLength(1);
    const [index] = repository?.images ?? [];
    expect(index).toMatchObject({ kind: 'index', tags: ['multi'] });
    expect(index?.children.map((child) => child.architecture)).toEqual(['amd64', 'arm64']);
  });

  it('sorts newest first, keeps an untagged image, and shows the first few until asked', () => {
    const { state } = ecrAfter('month');
    const web = state.repositories[0]!;
    const repository = buildRepository(web);
    expect(repository.totalImages).toBe(60);
    expect(repository.images).toHaveLength(REGISTRY_IMAGE_LIMIT);
    expect(repository.images[0]?.tags).toEqual(['dev']);
    expect(repository.images.some((image) => image.tags.length === 0)).toBe(true);
    const pushed = buildRepository(web, true).images.map((image) => image.pushedAt);
    expect(pushed).toEqual([...pushed].sort((a, b) => b - a));
    // 60 images share the same seven layers: stored, and billed, once.
    expect(repository.storageBytes).toBe(web.blobs.reduce((sum, blob) => sum + blob.sizeBytes, 0));
  });

  it('marks what a completed preview would expire, with the rule, and counts the hidden ones', () => {
    const previewing = ecrAfter('month', [
      'aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://policy.json',
    ]);
    expect(buildRepository(previewing.state.repositories[0]!).preview?.status).toBe('IN_PROGRESS');
    expect(
      buildRepository(previewing.state.repositories[0]!).images.every((image) => image.verdict === null),
    ).toBe(true);
    const { state } = ecrAfter('month', [
      'aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://policy.json',
      'sleep 10',
    ]);
    const all = buildRepository(state.repositories[0]!, true);
    const marked = all.images.filter((image) => image.verdict !== null);
    expect(all.preview?.total).toBe(marked.length);
    expect(
      marked
        .filter((image) => image.verdict?.rulePriority === 1)
        .every((image) => image.tags[0]?.startsWith('prod')),
    ).toBe(true);
    expect(
      marked.filter((image) => image.verdict?.rulePriority === 2).every((image) => image.tags.length === 0),
    ).toBe(true);
    expect(all.preview?.byRule.map((rule) => rule.priority)).toEqual([1, 2]);
    const few = buildRepository(state.repositories[0]!);
    expect(few.hiddenMarked).toBe(
      marked.length - few.images.filter((image) => image.verdict !== null).length,
    );
  });
});

describe('summarisePolicy', () => {
  it('says each rule of the example policy in a line, by priority', () => {
    const summary = summarisePolicy(ECR_EXAMPLE_FILES['policy.json'] ?? '');
    expect(summary).toEqual({
      ok: true,
      rules: [
        {
          priority: 1,
          description: 'keep last 10 prod images',
          text: 'tagged prod* · more than 10 images → expire',
        },
        {
          priority: 2,
          description: 'drop untagged after 14 days',
          text: 'untagged · pushed over 14 days ago → expire',
        },
      ],
    });
  });

  it('gives ECR’s refusal for a text that is not a policy', () => {
    expect(summarisePolicy('{}')).toMatchObject({ ok: false });
  });
});

describe('picture formats', () => {
  it('prices storage per GB-month of 2^30 bytes and keeps small amounts readable', () => {
    expect(monthlyStorageUsd(2 ** 30)).toBeCloseTo(0.1, 10);
    expect(formatUsd(0.1)).toBe('$0.10');
    expect(formatUsd(0.0018634)).toBe('$0.0019');
    expect(formatUsd(0)).toBe('$0.00');
  });

  it('says ages and waits in words', () => {
    expect(formatAge(0, 0)).toBe('just now');
    expect(formatAge(45_000, 0)).toBe('45 seconds ago');
    expect(formatAge(3 * 86_400_000, 0)).toBe('3 days ago');
    expect(formatIn(0, 5_000)).toBe('in 5 seconds');
    expect(formatIn(0, 12 * 3_600_000)).toBe('in 12 hours');
  });

  it('draws a 600-byte layer short and a 16 MB one long, both visible', () => {
    expect(layerBarShare(600)).toBeGreaterThan(0.05);
    expect(layerBarShare(16_400_000)).toBeGreaterThan(3 * layerBarShare(600));
    expect(layerBarShare(1e9)).toBe(1);
  });

  it('splits the registry host off an image name', () => {
    expect(splitRegistry(`${WEB}:1.0`)).toEqual({ registry: REGISTRY_HOST, rest: 'web:1.0' });
    expect(splitRegistry('web:1.0')).toEqual({ registry: null, rest: 'web:1.0' });
  });
});
