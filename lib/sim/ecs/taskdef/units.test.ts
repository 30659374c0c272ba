import { describe, expect, it } from 'vitest';
import { FARGATE_SIZES, isValidFargateSize } from './fargate-sizes';
import { parseTaskCpu, parseTaskMemory } from './units';

describe('parseTaskCpu', () => {
  it('reads units and vCPU, 1 vCPU = 1024 units (reference §2.2)', () => {
    expect(parseTaskCpu('1024')).toBe(1024);
    expect(parseTaskCpu('1 vCPU')).toBe(1024);
    expect(parseTaskCpu('1 vcpu')).toBe(1024);
    expect(parseTaskCpu('0.25 vCPU')).toBe(256);
    expect(parseTaskCpu('2vCPU')).toBe(2048);
  });

  it('returns null for text ECS cannot read', () => {
    for (const text of ['', 'abc', '1 GB', '-256', '1.5', 'vCPU']) expect(parseTaskCpu(text)).toBeNull();
  });

  it('returns null for a vCPU figure that does not give whole units', () => {
    expect(parseTaskCpu('0.0001 vCPU')).toBeNull();
  });
});

describe('parseTaskMemory', () => {
  it('reads MiB and GB, 1 GB = 1024 MiB (reference §2.2)', () => {
    expect(parseTaskMemory('2048')).toBe(2048);
    expect(parseTaskMemory('2GB')).toBe(2048);
    expect(parseTaskMemory('2 GB')).toBe(2048);
    expect(parseTaskMemory('0.5 gb')).toBe(512);
  });

  it('returns null for text ECS cannot read', () => {
    for (const text of ['', '2 MB', 'lots', '-1', '1e3']) expect(parseTaskMemory(text)).toBeNull();
  });
});

describe('isValidFargateSize', () => {
  it('accepts every pair of the §2.3 table', () => {
    expect(isValidFargateSize(256, 512)).toBe(true);
    expect(isValidFargateSize(256, 2048)).toBe(true);
    expect(isValidFargateSize(512, 4096)).toBe(true);
    expect(isValidFargateSize(1024, 8192)).toBe(true);
    expect(isValidFargateSize(4096, 30720)).toBe(true);
    expect(isValidFargateSize(8192, 16384)).toBe(true);
    expect(isValidFargateSize(8192, 61440)).toBe(true);
    expect(isValidFargateSize(16384, 122880)).toBe(true);
  });

  it('refuses pairs outside the table (e.g. 256/4096, 8 vCPU off its 4 GB steps)', () => {
    expect(isValidFargateSize(256, 4096)).toBe(false);
    expect(isValidFargateSize(512, 512)).toBe(false);
    expect(isValidFargateSize(8192, 17408)).toBe(false);
    expect(isValidFargateSize(16384, 36864)).toBe(false);
    expect(isValidFargateSize(128, 512)).toBe(false);
  });
});

describe('FARGATE_SIZES', () => {
  it('lists 8 vCPU memory as 16–60 GB in 4 GB steps and 16 vCPU as 32–120 GB in 8 GB steps (§2.3)', () => {
    const eight = FARGATE_SIZES.find((s) => s.cpu === 8192);
    expect(eight?.memory[0]).toBe(16384);
    expect(eight?.memory.at(-1)).toBe(61440);
    expect(eight?.memory).toHaveLength(12);
    expect(FARGATE_SIZES.find((s) => s.cpu === 16384)?.memory).toHaveLength(12);
  });
});
