import { describe, expect, it } from 'vitest';
import { applyLifecyclePreview, runLifecyclePolicy } from './apply-lifecycle-preview';
import { DAY_MS } from './evaluate-lifecycle-policy';
import { accepted, image, NOW, rule } from './lifecycle-fixtures';

const ARCHIVE = { type: 'transition', targetStorageClass: 'archive' };

describe('applyLifecyclePreview', () => {
  const images = [image('a', ['v1'], 40), image('b', [], 30), image('c', ['v3'], 1)];

  it('deletes expired images and keeps the others in their order', () => {
    const results = [
      {
        digest: images[1]!.digest,
        tags: [],
        pushedAt: images[1]!.pushedAt,
        action: 'expire' as const,
        appliedRulePriority: 1,
      },
    ];
    expect(applyLifecyclePreview(images, results, NOW)).toEqual([images[0], images[2]]);
  });

  it('§8.5 moves transitioned images to the archive storage class, archived now', () => {
    const results = [
      {
        digest: images[0]!.digest,
        tags: ['v1'],
        pushedAt: images[0]!.pushedAt,
        action: 'transition' as const,
        appliedRulePriority: 1,
      },
    ];
    expect(applyLifecyclePreview(images, results, NOW)).toEqual([
      { ...images[0], storageClass: 'archive', archivedAt: NOW },
      images[1],
      images[2],
    ]);
  });

  it("keeps the fields of the caller's own image type", () => {
    const registry = images.map((img) => ({ ...img, sizeBytes: 1024 }));
    const results = [
      {
        digest: registry[2]!.digest,
        tags: ['v3'],
        pushedAt: registry[2]!.pushedAt,
        action: 'transition' as const,
        appliedRulePriority: 1,
      },
    ];
    expect(applyLifecyclePreview(registry, results, NOW)[2]).toMatchObject({
      sizeBytes: 1024,
      storageClass: 'archive',
    });
  });
});

describe('runLifecyclePolicy', () => {
  it('§8.5 archives what has not been pulled for 90 days, then expires it after a year in archive', () => {
    // The docs' "archive images not pulled in 90 days" combined with "expire after 365 days in archive".
    const policy = accepted(
      rule(
        1,
        { tagStatus: 'any', countType: 'sinceImagePulled', countUnit: 'days', countNumber: 90 },
        ARCHIVE,
      ),
      rule(2, {
        tagStatus: 'any',
        storageClass: 'archive',
        countType: 'sinceImageTransitioned',
        countUnit: 'days',
        countNumber: 365,
      }),
    );
    const start = [image('stale', ['v1'], 100), image('used', ['v2'], 100, { lastPulledAt: NOW - DAY_MS })];
    const first = runLifecyclePolicy(policy, start, NOW);
    expect(first.results.map((r) => [r.tags[0], r.action])).toEqual([['v1', 'transition']]);
    expect(first.images[0]).toMatchObject({ storageClass: 'archive', archivedAt: NOW });

    const laterSameDay = runLifecyclePolicy(policy, first.images, NOW + DAY_MS);
    expect(laterSameDay.results).toEqual([]);

    const aYearOn = runLifecyclePolicy(policy, first.images, NOW + 366 * DAY_MS);
    expect(aYearOn.results.map((r) => [r.tags[0], r.action, r.appliedRulePriority])).toEqual([
      ['v2', 'transition', 1],
      ['v1', 'expire', 2],
    ]);
    expect(aYearOn.images.map((img) => [img.tags[0], img.storageClass])).toEqual([['v2', 'archive']]);
  });
});
