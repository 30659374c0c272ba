import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createElement, type ComponentProps, type ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { LazyMotion, domMax } from 'framer-motion';
import { describe, expect, it } from 'vitest';
import { EKS_PRESETS } from '@/lib/sim/eks/presets';
import { eksSimulator } from '@/lib/sim/eks/simulator';
import { SimProvider } from '../sim-context';
import { EksPicture } from './eks-picture';

const threeNodes = EKS_PRESETS.find((preset) => preset.id === 'three-nodes');

/** The picture as the frame renders it, to HTML: at a preset, or after more console lines. */
function render(
  presetId: string,
  moreLines: readonly string[] = [],
  files: Readonly<Record<string, string>> = {},
): string {
  const entry =
    moreLines.length === 0 || threeNodes === undefined
      ? eksSimulator
      : {
          ...eksSimulator,
          files: { ...eksSimulator.files, ...files },
          presets: [{ ...threeNodes, id: 'test', setup: [...threeNodes.setup, 'sleep 720', ...moreLines] }],
        };
  const picture = createElement(LazyMotion, { features: domMax, strict: true }, createElement(EksPicture));
  const props = { entry, presetId: moreLines.length === 0 ? presetId : 'test' };
  const tree: ReactNode = createElement(SimProvider, props as ComponentProps<typeof SimProvider>, picture);
  return renderToString(tree);
}

describe('EksPicture', () => {
  it('asks for a cluster in an empty account', () => {
    expect(render('empty-account')).toContain('No cluster yet.');
  });

  it('draws the control plane apart, three zones with an m5.large node each, and their allocatable', () => {
    const html = render('three-nodes');
    expect(html).toContain('aria-label="EKS control plane of cluster demo"');
    for (const zone of ['us-east-1a', 'us-east-1b', 'us-east-1c'])
      expect(html).toContain(`aria-label="Availability Zone ${zone}"`);
    expect(html.match(/aria-label="Node ip-192-168-\d+-\d+\.ec2\.internal, m5\.large/g)).toHaveLength(3);
    expect(html).toContain('1,930<!-- --> <!-- -->m'); // allocatable CPU of an m5.large (reference §7)
    expect(html).toContain('kube-system pods'); // the add-ons are counted, not drawn
  });

  it('shows a Deployment’s pods on their nodes and explains the last placement', () => {
    const html = render('web-deployment');
    expect(html.match(/aria-label="Pod web-[a-z0-9]+-[a-z0-9]{5}, Running/g)).toHaveLength(3);
    expect(html).toContain('Why this node?');
    expect(html).toMatch(
      /Chosen.*NodeResourcesFit<\/span> <!-- -->\d+<!-- --> ×<!-- --> <!-- -->1<!-- -->: LeastAllocated: \d+% of CPU/s,
    );
    expect(html).toContain('READY <!-- -->3<!-- -->/<!-- -->3');
  });

  it('shows a pod too big for any node as not scheduled, with the FailedScheduling text', () => {
    const html = render('three-nodes', ['kubectl apply -f big.yaml', 'sleep 5']);
    expect(html).toContain('aria-label="Pods waiting for a node"');
    expect(html).toMatch(/0\/3 nodes are available: 3 Insufficient (cpu|memory)/);
    expect(html).toMatch(/Filtered<\/span>.*Filtered out by NodeResourcesFit/s);
  });

  it('shows a Deployment’s autoscaler and load, and which load balancer a Service got', () => {
    const html = render('three-nodes', [
      'kubectl apply -f web.yaml',
      'kubectl autoscale deployment web --cpu-percent=50 --min=2 --max=10',
      'kubectl expose deployment web --port=80 --type=LoadBalancer',
      'chaos load deployment/web 300',
      'sleep 150',
    ]);
    expect(html).toContain('HPA <!-- -->web<!-- -->: <!-- -->cpu: &lt;unknown&gt;/50%');
    expect(html).toContain('load <!-- -->300<!-- --> requests/s');
    expect(html).toMatch(
      /Classic Load Balancer \(targets: nodes\)<!-- -->: <span class="font-mono">[0-9a-f]{32}-\d+\.us-east-1\.elb\.amazonaws\.com/,
    );
  });

  it('draws each Fargate pod on a micro-node of its own, apart from the EC2 nodes of its zone', () => {
    const html = render(
      'three-nodes',
      [
        'aws eks create-fargate-profile --cluster-name demo --fargate-profile-name serverless --pod-execution-role-arn arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole --subnets subnet-0a1b2c3d4e5f60718 subnet-0b2c3d4e5f6071829 --selectors namespace=serverless',
        'sleep 3m',
        'kubectl apply -f serverless.yaml',
        'sleep 90',
      ],
      {
        'serverless.yaml': readFileSync(
          join(__dirname, '../../../lib/sim/eks/scripts/serverless.yaml'),
          'utf8',
        ),
      },
    );
    expect(html.match(/aria-label="Fargate node fargate-ip-192-168-\d+-\d+\.ec2\.internal"/g)).toHaveLength(
      2,
    );
    expect(html.match(/aria-label="Pod api-[a-z0-9]+-[a-z0-9]{5} in serverless, Running/g)).toHaveLength(2);
  });
});
