import { ACCOUNT_ID, DEFAULT_SUBNETS } from '../../sim/ecs/catalog';
import { type ParamDef } from '../ecs/args/parse-args';
import { type Shape } from '../aws/param-validation';

/** The `aws eks` operations this console runs, with their parameters as the CLI parses them. */

const STRING: Shape = { type: 'string' };
const SCALING: Shape = {
  type: 'structure',
  members: [
    ['minSize', { type: 'integer', min: 0 }],
    ['maxSize', { type: 'integer', min: 1 }],
    ['desiredSize', { type: 'integer', min: 0 }],
  ],
  required: [],
};
const TAINT: Shape = {
  type: 'structure',
  members: [
    ['key', STRING],
    ['value', STRING],
    ['effect', STRING],
  ],
  required: [],
};
const VPC_CONFIG: Shape = {
  type: 'structure',
  members: [
    ['subnetIds', { type: 'list', member: STRING }],
    ['securityGroupIds', { type: 'list', member: STRING }],
    ['endpointPublicAccess', { type: 'boolean' } as Shape],
    ['endpointPrivateAccess', { type: 'boolean' } as Shape],
  ],
  required: [],
};

export interface Operation {
  readonly name: string;
  readonly params: readonly ParamDef[];
  readonly example: string;
}

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'create-cluster',
    params: [
      { flag: '--name', member: 'name', kind: 'string', required: true },
      { flag: '--role-arn', member: 'roleArn', kind: 'string', required: true },
      {
        flag: '--resources-vpc-config',
        member: 'resourcesVpcConfig',
        kind: 'structure',
        required: true,
        shape: VPC_CONFIG,
      },
      { flag: '--kubernetes-version', member: 'version', kind: 'string' },
    ],
    example: `aws eks create-cluster --name demo --role-arn arn:aws:iam::${ACCOUNT_ID}:role/eksClusterRole --resources-vpc-config subnetIds=${DEFAULT_SUBNETS.map((subnet) => subnet.id).join(',')}`,
  },
  {
    name: 'describe-cluster',
    params: [{ flag: '--name', member: 'name', kind: 'string', required: true }],
    example: 'aws eks describe-cluster --name demo',
  },
  { name: 'list-clusters', params: [], example: 'aws eks list-clusters' },
  {
    name: 'update-kubeconfig',
    params: [
      { flag: '--name', member: 'name', kind: 'string', required: true },
      { flag: '--alias', member: 'alias', kind: 'string' },
    ],
    example: 'aws eks update-kubeconfig --name demo',
  },
  {
    name: 'create-nodegroup',
    params: [
      { flag: '--cluster-name', member: 'clusterName', kind: 'string', required: true },
      { flag: '--nodegroup-name', member: 'nodegroupName', kind: 'string', required: true },
      { flag: '--subnets', member: 'subnets', kind: 'strings', required: true },
      { flag: '--node-role', member: 'nodeRole', kind: 'string', required: true },
      { flag: '--instance-types', member: 'instanceTypes', kind: 'strings' },
      { flag: '--scaling-config', member: 'scalingConfig', kind: 'structure', shape: SCALING },
      {
        flag: '--labels',
        member: 'labels',
        kind: 'structure',
        shape: { type: 'map', key: STRING, value: STRING },
      },
      { flag: '--taints', member: 'taints', kind: 'list', shape: { type: 'list', member: TAINT } },
    ],
    example: `aws eks create-nodegroup --cluster-name demo --nodegroup-name workers --subnets ${DEFAULT_SUBNETS.map((subnet) => subnet.id).join(' ')} --node-role arn:aws:iam::${ACCOUNT_ID}:role/eksNodeRole --instance-types m5.large --scaling-config minSize=1,maxSize=6,desiredSize=3`,
  },
  {
    name: 'list-nodegroups',
    params: [{ flag: '--cluster-name', member: 'clusterName', kind: 'string', required: true }],
    example: 'aws eks list-nodegroups --cluster-name demo',
  },
  {
    name: 'describe-nodegroup',
    params: [
      { flag: '--cluster-name', member: 'clusterName', kind: 'string', required: true },
      { flag: '--nodegroup-name', member: 'nodegroupName', kind: 'string', required: true },
    ],
    example: 'aws eks describe-nodegroup --cluster-name demo --nodegroup-name workers',
  },
];
