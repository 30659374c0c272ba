import { describe, expect, it } from 'vitest';
import { image } from './lifecycle-fixtures';
import { matchesTagPattern, selectsImage } from './tag-selection';
import type { LifecycleSelection } from './types';

const selection = (more: Partial<LifecycleSelection>): LifecycleSelection => ({
  tagStatus: 'tagged',
  storageClass: 'standard',
  countType: 'imageCountMoreThan',
  countNumber: 1,
  ...more,
});

describe('matchesTagPattern', () => {
  it('§8.5 prod* matches tags that begin with prod (the docs: prod, prod1, production-team1)', () => {
    for (const tag of ['prod', 'prod1', 'production-team1'])
      expect(matchesTagPattern('prod*', tag)).toBe(true);
    expect(matchesTagPattern('prod*', 'repo-production')).toBe(false);
  });

  it('§8.5 *prod* matches tags that contain prod (the docs: repo-production, prod-team)', () => {
    for (const tag of ['repo-production', 'prod-team']) expect(matchesTagPattern('*prod*', tag)).toBe(true);
    expect(matchesTagPattern('*prod*', 'staging')).toBe(false);
  });

  it('a pattern without a wildcard matches only the same tag, case-sensitively', () => {
    expect(matchesTagPattern('latest', 'latest')).toBe(true);
    expect(matchesTagPattern('latest', 'latest-1')).toBe(false);
    expect(matchesTagPattern('Prod*', 'prod-1')).toBe(false);
  });

  it('treats every other character literally', () => {
    expect(matchesTagPattern('v1.2.*', 'v1.2.3')).toBe(true);
    expect(matchesTagPattern('v1.2.*', 'v1x2y3')).toBe(false);
    expect(matchesTagPattern('*-sha-*', 'main-sha-1a2b3c')).toBe(true);
  });
});

describe('selectsImage', () => {
  it('§8.5 untagged selects images without tags, any selects every image', () => {
    const bare = image('bare', [], 1);
    const named = image('named', ['v1'], 1);
    expect(selectsImage(selection({ tagStatus: 'untagged' }), bare)).toBe(true);
    expect(selectsImage(selection({ tagStatus: 'untagged' }), named)).toBe(false);
    expect(selectsImage(selection({ tagStatus: 'any' }), bare)).toBe(true);
    expect(selectsImage(selection({ tagStatus: 'any' }), named)).toBe(true);
  });

  it('§8.5 with several entries in a list, an image must match all of them (any of its tags each)', () => {
    const both = image('both', ['alpha-2', 'beta-2'], 10);
    const alphaOnly = image('alpha', ['alpha-1'], 12);
    const rule = selection({ tagPatternList: ['alpha*', 'beta*'] });
    expect(selectsImage(rule, both)).toBe(true);
    expect(selectsImage(rule, alphaOnly)).toBe(false);
    const prefixes = selection({ tagPrefixList: ['alpha', 'beta'] });
    expect(selectsImage(prefixes, both)).toBe(true);
    expect(selectsImage(prefixes, alphaOnly)).toBe(false);
  });

  it('§8.5 a tag prefix matches tags that start with it', () => {
    const rule = selection({ tagPrefixList: ['prod'] });
    expect(selectsImage(rule, image('a', ['prod-1.4.2'], 1))).toBe(true);
    expect(selectsImage(rule, image('b', ['preprod-1'], 1))).toBe(false);
  });

  it('§8.5 a rule sees only images of its storage class (standard unless it says archive)', () => {
    const archived = image('old', ['v1'], 200, { storageClass: 'archive', archivedAt: 0 });
    expect(selectsImage(selection({ tagStatus: 'any' }), archived)).toBe(false);
    expect(selectsImage(selection({ tagStatus: 'any', storageClass: 'archive' }), archived)).toBe(true);
  });
});
