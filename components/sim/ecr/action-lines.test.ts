import { describe, expect, it } from 'vitest';
import { ecrAfter } from './ecr-test-driver';
import { quickActions } from './action-lines';

const labels = (preset: string, lines: readonly string[] = []) =>
  quickActions(ecrAfter(preset, lines).state).map((action) => action.label);

/** Runs each quick action's line in turn, taking the action labelled `label` each time. */
function click(preset: string, clicks: readonly string[]): ReturnType<typeof ecrAfter> {
  const lines: string[] = [];
  for (const label of clicks) {
    const action = quickActions(ecrAfter(preset, lines).state).find((candidate) => candidate.label === label);
    if (action === undefined) throw new Error(`no action ${label} after ${lines.join(' / ')}`);
    lines.push(action.line);
  }
  return ecrAfter(preset, lines);
}

describe('quickActions', () => {
  it('offers to build and create the repository in an empty account', () => {
    expect(labels('empty')).toEqual(['Build web:1.0', 'Create the web repository']);
  });

  it('takes the built image to ECR in three clicks: tag, log in, push', () => {
    expect(labels('built')).toEqual([
      'Tag web:1.0 for ECR',
      'Log in to ECR',
      'Build web:1.1',
      'Make tags immutable',
      'Apply the lifecycle policy',
      'Preview the lifecycle policy',
    ]);
    const run = click('built', ['Tag web:1.0 for ECR', 'Log in to ECR', 'Push web:1.0']);
    expect(run.isError).toBe(false);
    expect(run.state.repositories[0]?.images[0]?.tags).toEqual(['1.0']);
    // Pushed: no push button for it any more; a pull, and time for the scan, instead.
    expect(quickActions(run.state).map((action) => action.label)).toEqual([
      'Pull web:1.0',
      'Build web:1.1',
      'Let 30 seconds pass',
      'Make tags immutable',
      'Apply the lifecycle policy',
      'Preview the lifecycle policy',
    ]);
  });

  it('builds a new version that shares every layer, and pushes it after tagging', () => {
    const run = click('built', [
      'Tag web:1.0 for ECR',
      'Log in to ECR',
      'Push web:1.0',
      'Build web:1.1',
      'Tag web:1.1 for ECR',
      'Push web:1.1',
    ]);
    expect(run.output).toContain('Layer already exists');
    expect(run.state.repositories[0]?.images.map((image) => image.tags)).toEqual([['1.0'], ['1.1']]);
  });

  it('toggles tag immutability and previews the example policy', () => {
    const run = click('month', [
      'Make tags immutable',
      'Preview the lifecycle policy',
      'Let 30 seconds pass',
    ]);
    expect(run.state.repositories[0]?.tagMutability).toBe('IMMUTABLE');
    expect(run.state.repositories[0]?.lifecyclePreview?.status).toBe('COMPLETE');
    expect(quickActions(run.state).map((action) => action.label)).toContain('Make tags mutable');
  });
});
