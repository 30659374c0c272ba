import { boolean, list, string, structure, type Shape } from '../aws/param-validation/shape';
import type { ParamDef } from '../ecs/args/parse-args';

/** The `aws ecr` operations this console runs, with their parameters as the CLI parses them. */
export interface Operation {
  readonly name: string;
  readonly params: readonly ParamDef[];
  readonly example: string;
}

const IMAGE_ID: Shape = structure({ imageDigest: string(), imageTag: string() });
const SCANNING: Shape = structure({ scanOnPush: boolean() });
const REPO: ParamDef = { flag: '--repository-name', member: 'repositoryName', kind: 'string', required: true };
const POLICY: ParamDef = { flag: '--lifecycle-policy-text', member: 'lifecyclePolicyText', kind: 'string' };

export const OPERATIONS: readonly Operation[] = [
  {
    name: 'create-repository',
    params: [
      REPO,
      { flag: '--image-tag-mutability', member: 'imageTagMutability', kind: 'string' },
      { flag: '--image-scanning-configuration', member: 'imageScanningConfiguration', kind: 'structure', shape: SCANNING },
    ],
    example: 'aws ecr create-repository --repository-name web --image-scanning-configuration scanOnPush=true',
  },
  { name: 'describe-repositories', params: [{ flag: '--repository-names', member: 'repositoryNames', kind: 'strings' }], example: 'aws ecr describe-repositories' },
  { name: 'delete-repository', params: [REPO, { flag: '--force', member: 'force', kind: 'boolean' }], example: 'aws ecr delete-repository --repository-name web --force' },
  {
    name: 'describe-images',
    params: [REPO, { flag: '--image-ids', member: 'imageIds', kind: 'list', shape: list(IMAGE_ID) }],
    example: 'aws ecr describe-images --repository-name web',
  },
  { name: 'list-images', params: [REPO], example: 'aws ecr list-images --repository-name web' },
  {
    name: 'batch-delete-image',
    params: [REPO, { flag: '--image-ids', member: 'imageIds', kind: 'list', required: true, shape: list(IMAGE_ID) }],
    example: 'aws ecr batch-delete-image --repository-name web --image-ids imageTag=1.0',
  },
  {
    name: 'put-image-tag-mutability',
    params: [REPO, { flag: '--image-tag-mutability', member: 'imageTagMutability', kind: 'string', required: true }],
    example: 'aws ecr put-image-tag-mutability --repository-name web --image-tag-mutability IMMUTABLE',
  },
  {
    name: 'put-image-scanning-configuration',
    params: [REPO, { flag: '--image-scanning-configuration', member: 'imageScanningConfiguration', kind: 'structure', required: true, shape: SCANNING }],
    example: 'aws ecr put-image-scanning-configuration --repository-name web --image-scanning-configuration scanOnPush=true',
  },
  {
    name: 'start-image-scan',
    params: [REPO, { flag: '--image-id', member: 'imageId', kind: 'structure', required: true, shape: IMAGE_ID }],
    example: 'aws ecr start-image-scan --repository-name web --image-id imageTag=1.0',
  },
  {
    name: 'describe-image-scan-findings',
    params: [REPO, { flag: '--image-id', member: 'imageId', kind: 'structure', required: true, shape: IMAGE_ID }],
    example: 'aws ecr describe-image-scan-findings --repository-name web --image-id imageTag=1.0',
  },
  {
    name: 'put-lifecycle-policy',
    params: [REPO, { ...POLICY, required: true }],
    example: 'aws ecr put-lifecycle-policy --repository-name web --lifecycle-policy-text file://policy.json',
  },
  { name: 'get-lifecycle-policy', params: [REPO], example: 'aws ecr get-lifecycle-policy --repository-name web' },
  { name: 'delete-lifecycle-policy', params: [REPO], example: 'aws ecr delete-lifecycle-policy --repository-name web' },
  {
    name: 'start-lifecycle-policy-preview',
    params: [REPO, POLICY],
    example: 'aws ecr start-lifecycle-policy-preview --repository-name web --lifecycle-policy-text file://policy.json',
  },
  { name: 'get-lifecycle-policy-preview', params: [REPO], example: 'aws ecr get-lifecycle-policy-preview --repository-name web' },
  { name: 'get-login-password', params: [], example: 'aws ecr get-login-password --region us-east-1' },
];

export const AWS_ECR_HELP = [
  'aws ecr create-repository --repository-name N [--image-tag-mutability IMMUTABLE]',
  '    [--image-scanning-configuration scanOnPush=true]',
  'aws ecr describe-repositories | delete-repository --repository-name N [--force]',
  'aws ecr describe-images | list-images --repository-name N',
  'aws ecr batch-delete-image --repository-name N --image-ids imageTag=T',
  'aws ecr put-image-tag-mutability --repository-name N --image-tag-mutability MUTABLE|IMMUTABLE',
  'aws ecr start-image-scan | describe-image-scan-findings --repository-name N --image-id imageTag=T',
  'aws ecr put-lifecycle-policy | get-lifecycle-policy --repository-name N --lifecycle-policy-text file://policy.json',
  'aws ecr start-lifecycle-policy-preview | get-lifecycle-policy-preview --repository-name N',
  'aws ecr get-login-password | docker login --username AWS --password-stdin REGISTRY',
];
