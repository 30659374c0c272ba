import { nextHex } from '../core/rng';
import type { CommandError } from '../core/types';
import { DEFAULT_MAX_SURGE } from './figures';
import { METRICS_SERVER_LABEL } from './metrics-server';
import { METRICS_SERVER_ADDON_VERSION, METRICS_SERVER_IMAGE } from './scaling-figures';
import type { Deployment } from './types';
import { logEvent, type World } from './world';

/**
 * `aws eks create-addon`: EKS installs the add-on's Kubernetes objects for you. The simulator
 * offers metrics-server (an EKS community add-on); the VPC CNI, kube-proxy and CoreDNS already run
 * in every cluster here.
 */
export const ADDON_NAMES = ['metrics-server'] as const;

/** metrics-server's Deployment as its upstream manifest declares it (requests 100m CPU, 200Mi). */
export function metricsServerDeployment(createdAt: number): Deployment {
  const labels = { [METRICS_SERVER_LABEL.key]: METRICS_SERVER_LABEL.value };
  return {
    name: 'metrics-server',
    namespace: 'kube-system',
    replicas: 1,
    selector: labels,
    template: {
      labels,
      spec: {
        containers: [
          {
            name: 'metrics-server',
            image: METRICS_SERVER_IMAGE,
            requests: { cpu: 100, memory: 200 },
            limits: {},
            readinessProbe: true,
          },
        ],
        nodeSelector: {},
        tolerations: [],
      },
    },
    maxSurge: DEFAULT_MAX_SURGE,
    maxUnavailable: '0',
    createdAt,
    generation: 1,
  };
}

function uuid(world: World): string {
  const [hex, next] = nextHex(world.rng, 32);
  world.rng = next;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export function createAddon(world: World, clusterName: string, addonName: string): CommandError | null {
  if (world.cluster === null || world.cluster.name !== clusterName)
    return { code: 'ResourceNotFoundException', message: `No cluster found for name: ${clusterName}.` };
  if (!(ADDON_NAMES as readonly string[]).includes(addonName))
    return {
      code: 'InvalidParameterException',
      message: `Addon ${addonName} specified is not supported in this simulated account (it offers ${ADDON_NAMES.join(', ')})`,
    };
  if (world.addons.some((addon) => addon.name === addonName))
    return { code: 'ResourceInUseException', message: `Addon already exists.` };
  world.addons.push({
    name: addonName,
    version: METRICS_SERVER_ADDON_VERSION,
    createdAt: world.now,
    id: uuid(world),
  });
  // As with --resolve-conflicts OVERWRITE: a metrics-server applied by hand is taken over.
  world.deployments = [
    ...world.deployments.filter((d) => !(d.name === 'metrics-server' && d.namespace === 'kube-system')),
    metricsServerDeployment(world.now),
  ];
  logEvent(
    world,
    'addon-creating',
    `Add-on ${addonName} is CREATING: EKS applies its Deployment in kube-system`,
  );
  return null;
}
