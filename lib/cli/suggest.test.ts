import { describe, expect, it } from 'vitest';
import { closestWord, didYouMean, editDistance, withHint } from './suggest';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and neighbour swaps as one edit each', () => {
    expect(editDistance('docker', 'docker')).toBe(0);
    expect(editDistance('dokcer', 'docker')).toBe(1);
    expect(editDistance('dockr', 'docker')).toBe(1);
    expect(editDistance('docket', 'docker')).toBe(1);
    expect(editDistance('', 'aws')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('closestWord', () => {
  const programs = ['docker', 'aws', 'traffic', 'help', 'sleep', 'clear'];

  it('finds the word a typo meant', () => {
    expect(closestWord('dokcer', programs)).toBe('docker');
    expect(closestWord('DOCKER', programs)).toBe('docker');
    expect(closestWord('asw', programs)).toBe('aws');
    expect(closestWord('trafic', programs)).toBe('traffic');
    expect(closestWord('run-instance', ['describe-instances', 'run-instances'])).toBe('run-instances');
    expect(closestWord('ec', ['ec2'])).toBe('ec2');
  });

  it('suggests nothing for a word that is simply different', () => {
    expect(closestWord('kubectl', programs)).toBeNull();
    expect(closestWord('ls', programs)).toBeNull();
    expect(closestWord('x', ['ps', 'rm'])).toBeNull();
    expect(closestWord('', programs)).toBeNull();
  });

  it('prefers the nearest candidate, then the earlier one', () => {
    expect(closestWord('sp', ['ps', 'rm'])).toBe('ps');
    expect(closestWord('rn', ['run', 'rm'])).toBe('run');
  });
});

describe('withHint', () => {
  it('keeps the tool’s message first and adds one Dockyard line', () => {
    expect(withHint('bash: x: command not found', 'type help.')).toBe(
      'bash: x: command not found\nDockyard: type help.',
    );
    expect(withHint('message', null)).toBe('message');
    expect(didYouMean('docker')).toBe('did you mean "docker"?');
    expect(didYouMean('docker', 'Type help.')).toBe('did you mean "docker"? Type help.');
    expect(didYouMean('web', 'docker ps -a lists them.')).toBe(
      'did you mean "web"? docker ps -a lists them.',
    );
    expect(didYouMean(null, 'Type help.')).toBe('type help.');
  });
});
