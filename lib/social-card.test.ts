import { describe, expect, it } from 'vitest';
import { openGraphFor, socialCardPath } from './social-card';

describe('socialCardPath', () => {
  it('gives each lesson and simulator a card of its own, and the rest the course card', () => {
    expect(socialCardPath({ kind: 'lesson', slug: 'amazon-ecs' })).toBe('/og/lessons/amazon-ecs.png');
    expect(socialCardPath({ kind: 'simulator', id: 'ecs' })).toBe('/og/simulators/ecs.png');
    expect(socialCardPath({ kind: 'site' })).toBe('/og/dockyard.png');
  });
});

describe('openGraphFor', () => {
  it('says everything a link preview shows, since a page replaces the layout’s whole object', () => {
    expect(openGraphFor({ title: 'Amazon ECS', description: 'd', subject: { kind: 'simulator', id: 'ecs' } })).toEqual({
      siteName: 'Dockyard',
      type: 'website',
      title: 'Amazon ECS',
      description: 'd',
      images: [{ url: '/og/simulators/ecs.png', width: 1200, height: 630, alt: 'Amazon ECS, on Dockyard' }],
    });
  });
});
