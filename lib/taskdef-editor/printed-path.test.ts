import { describe, expect, it } from 'vitest';
import { botocorePathSegments, memberPathSegments } from './printed-path';

describe('botocorePathSegments', () => {
  it('reads names and list indexes', () => {
    expect(botocorePathSegments('containerDefinitions[0].portMappings[12].containerPort')).toEqual([
      'containerDefinitions',
      0,
      'portMappings',
      12,
      'containerPort',
    ]);
  });

  it('reads `input` as the whole request', () => {
    expect(botocorePathSegments('input')).toEqual([]);
  });

  it('reads a map key check as the key itself', () => {
    expect(botocorePathSegments('containerDefinitions[0].dockerLabels (key: tier)')).toEqual([
      'containerDefinitions',
      0,
      'dockerLabels',
      'tier',
    ]);
  });
});

describe('memberPathSegments', () => {
  it('turns the 1-based N.member form into list indexes', () => {
    expect(memberPathSegments('containerDefinitions.2.member.portMappings.1.member.protocol')).toEqual([
      'containerDefinitions',
      1,
      'portMappings',
      0,
      'protocol',
    ]);
    expect(memberPathSegments('networkMode')).toEqual(['networkMode']);
  });
});
