import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { LazyMotion, domMax } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { ECS_PRESETS } from '@/lib/sim/ecs/presets';
import { ecsSimulator } from '@/lib/sim/ecs/simulator';
import { SimProvider } from '../sim-context';
import { EcsPicture } from './ecs-picture';

const threeInstances = ECS_PRESETS.find((preset) => preset.id === 'three-instances');

/** The picture as the frame renders it, to HTML (no DOM needed): at a preset, or after more lines. */
function render(presetId: string, moreLines: readonly string[] = []): string {
  const entry =
    moreLines.length === 0 || threeInstances === undefined
      ? ecsSimulator
      : {
          ...ecsSimulator,
          presets: [
            { ...threeInstances, id: 'test', setup: [...threeInstances.setup, 'sleep 120', ...moreLines] },
          ],
        };
  const picture = createElement(LazyMotion, { features: domMax, strict: true }, createElement(EcsPicture));
  const props = { entry, presetId: moreLines.length === 0 ? presetId : 'test' };
  const tree: ReactNode = createElement(SimProvider, props as ComponentProps<typeof SimProvider>, picture);
  return renderToString(tree);
}

const FARGATE_NETWORK =
  '"awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718,subnet-0b2c3d4e5f6071829,subnet-0c3d4e5f607182930],assignPublicIp=ENABLED}"';

describe('EcsPicture', () => {
  it('draws the three-instances preset: three zones, one registered m5.large in each', () => {
    const html = render('three-instances');
    for (const az of ['us-east-1a', 'us-east-1b', 'us-east-1c'])
      expect(html).toContain(`aria-label="Availability Zone ${az}"`);
    expect(html.match(/aria-label="EC2 instance i-[0-9a-f]+"/g)).toHaveLength(3);
    expect(html.match(/Container instance on i-[0-9a-f]+, m5\.large/g)).toHaveLength(3);
    expect(html).toContain('aria-label="Cluster default. Show describe-clusters"');
    expect(html).toContain(
      'CPU</span><span class="tabular-nums">0<!-- --> / <!-- -->2,048<!-- --> <!-- -->units',
    );
    expect(html).toContain('data-mode="chips"');
  });

  it('asks for a cluster in an empty account', () => {
    const html = render('empty-account');
    expect(html).toContain('No cluster yet.');
    expect(html).toContain('data-task-count="0"');
  });

  it('draws EC2 tasks as chips on their instance and Fargate tasks in their zone', () => {
    const html = render('three-instances', [
      'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=512,cpu=256',
      'aws ecs run-task --task-definition web --count 2',
      'aws ecs register-task-definition --family tiny --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions name=app,image=nginx',
      `aws ecs run-task --task-definition tiny --count 3 --launch-type FARGATE --network-configuration ${FARGATE_NETWORK}`,
      'sleep 60',
    ]);
    expect(html).toContain('data-task-count="5"');
    expect(html.match(/aria-label="Task [0-9a-f]{32}, web:1, RUNNING\. Show describe-tasks"/g)).toHaveLength(
      2,
    );
    expect(html.match(/aria-label="Task [0-9a-f]{32}, tiny:1, RUNNING\. Show describe-tasks"/g)).toHaveLength(
      3,
    );
    expect(html.match(/aria-label="Fargate tasks in us-east-1[abc]"/g)?.length).toBeGreaterThan(0);
  });

  it('says "Spot" on a Fargate Spot task, in words and in its accessible name (§6)', () => {
    const html = render('three-instances', [
      'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers FARGATE FARGATE_SPOT --default-capacity-provider-strategy capacityProvider=FARGATE,weight=1',
      'aws ecs register-task-definition --family tiny --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions name=app,image=nginx',
      `aws ecs run-task --task-definition tiny --launch-type FARGATE --network-configuration ${FARGATE_NETWORK}`,
      `aws ecs run-task --task-definition tiny --capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1 --network-configuration ${FARGATE_NETWORK}`,
      'sleep 60',
    ]);
    expect(
      html.match(/aria-label="Task [0-9a-f]{32}, tiny:1, Fargate Spot, RUNNING\. Show describe-tasks"/g),
    ).toHaveLength(1);
    expect(html.match(/aria-label="Task [0-9a-f]{32}, tiny:1, RUNNING\. Show describe-tasks"/g)).toHaveLength(
      1,
    );
    expect(html.match(/>Spot<\/span>/g)).toHaveLength(1);
  });

  it('shows a failed Availability Zone as unavailable, its instance stopped', () => {
    const html = render('three-instances', ['chaos fail-az us-east-1b']);
    expect(html).toContain('aria-label="Availability Zone us-east-1b, unavailable"');
    expect(html).toMatch(/EC2 state(<!-- -->)? <\/span>stopped/);
  });
});
