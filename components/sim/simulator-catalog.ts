/** The simulators that exist, for the index page and full-screen routes. Kept free of engine code. */
export const simulatorCatalog = [
  {
    id: 'vm',
    title: 'Containers vs virtual machines',
    summary:
      'Two identical hosts: one runs VMs on a hypervisor, one runs containers on a shared kernel. Launch both, watch boot times, memory overhead and density, then survive a traffic burst.',
    lesson: 'containers-vs-vms',
    defaultPreset: 'burst',
  },
  {
    id: 'ecs',
    title: 'Amazon ECS',
    summary:
      'A cluster across three Availability Zones: register task definitions, run tasks and services on EC2 instances or Fargate, watch placement, deployments and health checks, then fail a zone and see ECS recover.',
    lesson: 'why-orchestration',
    defaultPreset: 'three-instances',
  },
  {
    id: 'eks',
    title: 'Amazon EKS',
    summary:
      'A Kubernetes cluster on EKS: worker nodes in three Availability Zones, pods placed by the kube-scheduler. Apply manifests with kubectl, read why a pod is Pending, drain a node, fail one and watch its pods evicted and replaced.',
    lesson: 'kubernetes-and-eks',
    defaultPreset: 'web-deployment',
  },
  {
    id: 'ecr',
    title: 'Docker images and Amazon ECR',
    summary:
      'A laptop with Docker and a private ECR registry: build an image and see its layers, log in, tag and push it, watch the registry skip layers it already has, then try tag immutability, scan results and a lifecycle policy preview.',
    lesson: 'docker-images-and-ecr',
    defaultPreset: 'built',
  },
] as const;

export type SimulatorId = (typeof simulatorCatalog)[number]['id'];

/** The side-by-side comparison at /simulators/compare/: not a simulator of one service, so not in the catalogue above. */
export const comparePage = {
  id: 'compare',
  title: 'Choosing your compute: one workload, side by side',
  summary:
    'The same nginx web app on EC2 VMs, ECS on EC2, EKS, ECS on Fargate, ECS Express Mode and AWS Lambda: who manages what, how fast each starts and scales, and what a day costs, idle and busy, with dated prices.',
} as const;
