import { SERVICE_ACCOUNT_FIELDS } from './manifest-identity';
import { AFFINITY_FIELDS, SPREAD_FIELDS } from './manifest-placement';

/** The fields each kind's manifest may have (strict decoding refuses any other) and its apiVersion. */

export type Tree = { readonly [field: string]: Tree | true };

const PROBE: Tree = {
  httpGet: { path: true, port: true, scheme: true },
  tcpSocket: { port: true },
  exec: { command: true },
  initialDelaySeconds: true,
  periodSeconds: true,
  timeoutSeconds: true,
  failureThreshold: true,
  successThreshold: true,
};

const CONTAINER: Tree = {
  name: true,
  image: true,
  imagePullPolicy: true,
  command: true,
  args: true,
  env: true,
  ports: true,
  resources: { requests: true, limits: true },
  readinessProbe: PROBE,
  livenessProbe: PROBE,
  startupProbe: PROBE,
};

const POD_SPEC: Tree = {
  containers: CONTAINER,
  nodeSelector: true,
  tolerations: true,
  affinity: AFFINITY_FIELDS,
  topologySpreadConstraints: SPREAD_FIELDS,
  nodeName: true,
  restartPolicy: true,
  terminationGracePeriodSeconds: true,
  serviceAccountName: true,
};

export const METADATA: Tree = { name: true, namespace: true, labels: true, annotations: true };
const TEMPLATE: Tree = { metadata: { labels: true, annotations: true }, spec: POD_SPEC };

export const FIELDS: Readonly<Record<string, Tree>> = {
  Namespace: { apiVersion: true, kind: true, metadata: METADATA, spec: { finalizers: true } },
  Deployment: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: {
      replicas: true,
      selector: { matchLabels: true },
      template: TEMPLATE,
      strategy: { type: true, rollingUpdate: { maxSurge: true, maxUnavailable: true } },
      minReadySeconds: true,
      revisionHistoryLimit: true,
      progressDeadlineSeconds: true,
    },
  },
  DaemonSet: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: { selector: { matchLabels: true }, template: TEMPLATE },
  },
  Pod: { apiVersion: true, kind: true, metadata: METADATA, spec: POD_SPEC },
  ServiceAccount: SERVICE_ACCOUNT_FIELDS,
  Service: {
    apiVersion: true,
    kind: true,
    metadata: METADATA,
    spec: {
      type: true,
      selector: true,
      ports: { name: true, port: true, targetPort: true, nodePort: true, protocol: true },
    },
  },
};

export const HPA_FIELDS: Tree = {
  apiVersion: true,
  kind: true,
  metadata: METADATA,
  spec: {
    scaleTargetRef: { apiVersion: true, kind: true, name: true },
    minReplicas: true,
    maxReplicas: true,
    metrics: {
      type: true,
      resource: { name: true, target: { type: true, averageUtilization: true, averageValue: true } },
      containerResource: true,
      pods: true,
      object: true,
      external: true,
    },
    behavior: true,
  },
};

export const API_VERSION: Readonly<Record<string, string>> = {
  Namespace: 'v1',
  Deployment: 'apps/v1',
  DaemonSet: 'apps/v1',
  Pod: 'v1',
  Service: 'v1',
  ServiceAccount: 'v1',
  HorizontalPodAutoscaler: 'autoscaling/v2',
  Ingress: 'networking.k8s.io/v1',
  NodePool: 'karpenter.sh/v1',
};
