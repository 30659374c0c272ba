import { describe, expect, it } from 'vitest';
import { capacityTag, formatCount, shortId, taskDefinitionLabel } from './labels';

describe('taskDefinitionLabel', () => {
  it('keeps family:revision from a task definition ARN', () => {
    expect(taskDefinitionLabel('arn:aws:ecs:us-east-1:123456789012:task-definition/web:3')).toBe('web:3');
  });
});

describe('shortId', () => {
  it('keeps the first 8 digits of a long id and short ids whole', () => {
    expect(shortId('0123456789abcdef0123456789abcdef')).toBe('01234567');
    expect(shortId('abc')).toBe('abc');
  });
});

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect(formatCount(7681)).toBe('7,681');
    expect(formatCount(0)).toBe('0');
  });
});

describe('capacityTag', () => {
  it('names Fargate Spot tasks "Spot" and leaves on-demand and EC2 tasks untagged', () => {
    expect(capacityTag({ capacityProvider: 'FARGATE_SPOT' })).toBe('Spot');
    expect(capacityTag({ capacityProvider: 'FARGATE' })).toBeNull();
    expect(capacityTag({ capacityProvider: null })).toBeNull();
  });
});
