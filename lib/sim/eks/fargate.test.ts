import { describe, expect, it } from 'vitest';
import type { EksCommand } from './commands';
import { fargateSize, isFargateNode } from './fargate-pods';
import type { EksState, PodTemplate } from './types';
import { after, applyObject, readyCluster, run, template } from './testing';

/**
 * EKS on Fargate (reference §6 and §7.1; EKS User Guide, "AWS Fargate", "Fargate profile",
 * "Fargate Pod configuration"): profiles select pods by namespace and labels, each selected pod
 * gets its own micro-node from the fargate-scheduler, sized from its requests plus 256 MB.
 */

const ROLE = 'arn:aws:iam::123456789012:role/AmazonEKSFargatePodExecutionRole';

const createProfile = (name: string, namespace: string, labels: Record<string, string> = {}): EksCommand => ({
  type: 'CreateFargateProfile',
  clusterName: 'demo',
  fargateProfileName: name,
  podExecutionRoleArn: ROLE,
  subnets: ['subnet-0a1b2c3d4e5f60718', 'subnet-0b2c3d4e5f6071829'],
  selectors: [{ namespace, labels }],
});

function withProfile(state: EksState = readyCluster(), namespace = 'serverless'): EksState {
  return after(run(state, createProfile('serverless', namespace)).state, 4 * 60_000);
}

function deploy(
  state: EksState,
  app: string,
  replicas: number,
  namespace: string,
  podTemplate?: PodTemplate,
) {
  const pods = podTemplate ?? template(app, { cpu: 250, memory: 512 });
  // The namespace must exist first (a second create of it is refused, harmlessly, and ignored).
  const withNamespace =
    namespace === 'default' ? state : run(state, { type: 'CreateNamespace', name: namespace }).state;
  return applyObject(withNamespace, {
    kind: 'Deployment',
    name: app,
    namespace,
    replicas,
    selector: pods.labels,
    template: pods,
  });
}

const podsOf = (state: EksState, app: string) => state.pods.filter((pod) => pod.labels['app'] === app);

describe('the size Fargate gives a pod', () => {
  const sized = (cpu?: number, memory?: number) => fargateSize(template('x', { cpu, memory }).spec)?.text;

  it('adds 256 MB to the requests and rounds up to the nearest combination', () => {
    expect(sized()).toBe('0.25vCPU 0.5GB');
    expect(sized(250, 256)).toBe('0.25vCPU 0.5GB');
    expect(sized(250, 512)).toBe('0.25vCPU 1GB');
    expect(sized(500, 1024)).toBe('0.5vCPU 2GB');
    expect(sized(1000, 2048)).toBe('1vCPU 3GB');
    expect(sized(2000, 8192)).toBe('2vCPU 9GB');
    expect(sized(300, 4096)).toBe('1vCPU 5GB');
    expect(sized(20_000)).toBeUndefined();
  });
});

describe('Fargate profiles', () => {
  it('is CREATING for a couple of minutes, then ACTIVE', () => {
    const state = run(readyCluster(), createProfile('serverless', 'serverless')).state;
    expect(state.fargateProfiles[0]?.status).toBe('CREATING');
    expect(after(state, 60_000).fargateProfiles[0]?.status).toBe('CREATING');
    expect(after(state, 4 * 60_000).fargateProfiles[0]?.status).toBe('ACTIVE');
  });

  it('refuses a second profile of the same name, and a change while another is under way, as EKS words it', () => {
    const creating = run(readyCluster(), createProfile('serverless', 'serverless')).state;
    expect(run(creating, createProfile('other', 'batch')).error).toEqual({
      code: 'ResourceInUseException',
      message:
        'Cannot create Fargate Profile other because cluster demo currently has Fargate profile serverless in status CREATING',
    });
    const active = after(creating, 4 * 60_000);
    expect(run(active, createProfile('serverless', 'batch')).error).toEqual({
      code: 'ResourceInUseException',
      message: 'A Fargate Profile already exists with this name in this cluster.',
    });
    expect(
      run(active, { type: 'DeleteFargateProfile', clusterName: 'demo', fargateProfileName: 'nope' }).error,
    ).toEqual({ code: 'ResourceNotFoundException', message: 'No Fargate Profile found with name: nope.' });
  });
});

describe('the fargate-scheduler', () => {
  it('gives each selected pod its own micro-node, about a minute after it is created', () => {
    let state = deploy(withProfile(), 'web', 2, 'serverless');
    const [first] = podsOf(state, 'web');
    expect(first?.spec.schedulerName).toBe('fargate-scheduler');
    expect(first?.labels['eks.amazonaws.com/fargate-profile']).toBe('serverless');
    state = after(state, 30_000);
    expect(podsOf(state, 'web').every((pod) => pod.nodeName === null && pod.phase === 'Pending')).toBe(true);
    state = after(state, 40_000);
    const pods = podsOf(state, 'web');
    expect(pods.every((pod) => pod.phase === 'Running')).toBe(true);
    const nodes = pods.map((pod) => state.nodes.find((node) => node.name === pod.nodeName)!);
    expect(new Set(nodes.map((node) => node.name)).size).toBe(2);
    for (const [index, node] of nodes.entries()) {
      expect(node.name).toMatch(/^fargate-ip-192-168-\d+-\d+\.ec2\.internal$/);
      expect(node.labels['eks.amazonaws.com/compute-type']).toBe('fargate');
      expect(node.taints).toEqual([
        { key: 'eks.amazonaws.com/compute-type', value: 'fargate', effect: 'NoSchedule' },
      ]);
      expect(pods[index]?.ip).toBe(node.internalIp);
      expect(pods[index]?.annotations?.['CapacityProvisioned']).toBe('0.25vCPU 1GB');
    }
    const scheduled = state.kubeEvents.find(
      (event) => event.object === `pod/${pods[0]?.name}` && event.reason === 'Scheduled',
    );
    expect(scheduled?.source).toBe('fargate-scheduler');
    expect(state.kubeEvents.some((event) => event.reason === 'LoggingDisabled')).toBe(true);
  });

  it('leaves pods created before the profile was ACTIVE, and pods it does not select, on EC2', () => {
    let state = deploy(readyCluster(), 'early', 1, 'serverless');
    state = withProfile(state);
    state = deploy(state, 'other', 1, 'default');
    state = after(state, 90_000);
    for (const app of ['early', 'other']) {
      const [pod] = podsOf(state, app);
      expect(pod?.spec.schedulerName).toBeUndefined();
      expect(isFargateNode(state.nodes.find((node) => node.name === pod?.nodeName)!)).toBe(false);
    }
  });

  it('matches a selector’s labels as well as its namespace', () => {
    let state = after(
      run(readyCluster(), createProfile('tagged', 'default', { compute: 'fargate' })).state,
      4 * 60_000,
    );
    const tagged = template('tagged', { cpu: 100 });
    state = deploy(state, 'tagged', 1, 'default', {
      ...tagged,
      labels: { ...tagged.labels, compute: 'fargate' },
    });
    state = deploy(state, 'plain', 1, 'default');
    expect(podsOf(state, 'tagged')[0]?.spec.schedulerName).toBe('fargate-scheduler');
    expect(podsOf(state, 'plain')[0]?.spec.schedulerName).toBeUndefined();
  });

  it('runs no DaemonSet pod on Fargate, and the default scheduler names the Fargate taint', () => {
    let state = after(deploy(withProfile(), 'web', 1, 'serverless'), 90_000);
    const ec2Nodes = state.nodes.filter((node) => !isFargateNode(node));
    expect(state.pods.filter((pod) => pod.name.startsWith('aws-node-'))).toHaveLength(ec2Nodes.length);
    state = deploy(state, 'big', 1, 'default', template('big', { cpu: 4000 }));
    expect(podsOf(state, 'big')[0]?.lastScheduling?.message).toBe(
      '0/4 nodes are available: 1 node(s) had untolerated taint {eks.amazonaws.com/compute-type: fargate}, 3 Insufficient cpu.',
    );
  });

  it('leaves a pod too big for any Fargate size Pending, saying so', () => {
    const state = after(
      deploy(withProfile(), 'huge', 1, 'serverless', template('huge', { cpu: 20_000 })),
      90_000,
    );
    const [pod] = podsOf(state, 'huge');
    expect(pod?.nodeName).toBeNull();
    const said = state.kubeEvents.filter(
      (event) => event.object === `pod/${pod?.name}` && event.reason === 'FailedScheduling',
    );
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ source: 'fargate-scheduler', count: 1 });
    expect(said[0]?.message).toMatch(/^Pod not supported on Fargate: /);
    expect(state.nodes.filter(isFargateNode)).toHaveLength(0);
  });

  it('removes the micro-node when its pod goes, and deleting the profile deletes its pods', () => {
    let state = after(deploy(withProfile(), 'web', 1, 'serverless'), 90_000);
    const [pod] = podsOf(state, 'web');
    state = run(state, { type: 'Delete', kind: 'Pod', name: pod!.name, namespace: 'serverless' }).state;
    state = after(state, 10_000);
    expect(state.nodes.some((node) => node.name === pod!.nodeName)).toBe(false);
    // The ReplicaSet's replacement went to Fargate too.
    const [replacement] = podsOf(state, 'web').filter((candidate) => candidate.deletedAt === null);
    expect(replacement?.spec.schedulerName).toBe('fargate-scheduler');
    state = after(state, 90_000);
    state = run(state, {
      type: 'DeleteFargateProfile',
      clusterName: 'demo',
      fargateProfileName: 'serverless',
    }).state;
    expect(state.fargateProfiles[0]?.status).toBe('DELETING');
    state = after(state, 4 * 60_000);
    expect(state.fargateProfiles).toHaveLength(0);
    expect(state.nodes.filter(isFargateNode)).toHaveLength(0);
    // With no profile left, the ReplicaSet's new pod runs on an EC2 node.
    const live = podsOf(state, 'web').filter((candidate) => candidate.deletedAt === null);
    expect(live).toHaveLength(1);
    expect(live[0]?.spec.schedulerName).toBeUndefined();
    expect(live[0]?.phase).toBe('Running');
  });
});
