import { fargateDraft } from './editor-test-session';
import { ECR, ec2Draft, sidecar, web, type MessageCase } from './message-case-drafts';

/** Task-level and Fargate rules (validate-task-definition.ts, fargate-rules.ts). */
export const TASK_MESSAGE_CASES: readonly MessageCase[] = [
  ['an empty family', ec2Draft([web], { family: '' }), ['""'], /^Family should not be null or empty\.$/],
  [
    'a family with a space',
    ec2Draft([web], { family: 'my web' }),
    ['"my web"'],
    /^Family contains invalid characters\.$/,
  ],
  ['an unknown network mode', ec2Draft([web], { networkMode: 'nat' }), ['"nat"'], /at 'networkMode'/],
  [
    'an unknown compatibility',
    ec2Draft([web], { requiresCompatibilities: ['EC2', 'LAMBDA'] }),
    ['"LAMBDA"'],
    /at 'requiresCompatibilities\.2\.member'/,
  ],
  [
    'an unknown architecture',
    ec2Draft([web], { runtimePlatform: { cpuArchitecture: 'ARM' } }),
    ['"ARM"'],
    /at 'runtimePlatform\.cpuArchitecture'/,
  ],
  [
    'eleven placement constraints',
    ec2Draft([web], {
      placementConstraints: Array.from({ length: 11 }, () => ({
        type: 'memberOf',
        expression: 'attribute:x == y',
      })),
    }),
    ['"placementConstraints"'],
    /^Too many placement constraints/,
  ],
  [
    'distinctInstance in a task definition',
    ec2Draft([web], { placementConstraints: [{ type: 'distinctInstance' }] }),
    ['"distinctInstance"'],
    /^The distinctInstance placement constraint/,
  ],
  [
    'an unknown constraint type',
    ec2Draft([web], { placementConstraints: [{ type: 'spread' }] }),
    ['"spread"'],
    /at 'placementConstraints\.1\.member\.type'/,
  ],
  ['no containers', ec2Draft([]), ['"containerDefinitions"'], /^Container list cannot be empty\.$/],
  [
    'eleven containers',
    ec2Draft(Array.from({ length: 11 }, (_, i) => ({ ...web, name: `c${i}` }))),
    ['"containerDefinitions"'],
    /^Too many containers\.$/,
  ],
  [
    'a container without a name',
    ec2Draft([web, { image: 'busybox', memory: 64 }]),
    ['{'],
    /^Container\.name should not be null or empty\.$/,
  ],
  [
    'a container name with a dot',
    ec2Draft([{ ...web, name: 'web.1' }]),
    ['"web.1"'],
    /^Container\.name contains invalid characters\.$/,
  ],
  [
    'an empty image',
    ec2Draft([{ ...web, image: ' ' }]),
    ['" "'],
    /^Container\.image should not be null or empty\.$/,
  ],
  [
    'an image with a space',
    ec2Draft([{ ...web, image: 'my image' }]),
    ['"my image"'],
    /^Container\.image contains invalid characters\.$/,
  ],
  [
    'an image of 256 characters',
    ec2Draft([{ ...web, image: 'a'.repeat(256) }]),
    [`"${'a'.repeat(256)}"`],
    /^Container\.image should not be longer/,
  ],
  [
    'two containers named web',
    ec2Draft([web, sidecar, { ...web }]),
    ['"web"'],
    /^Container names must be unique/,
  ],
  ['task cpu of 100', ec2Draft([web], { cpu: '100' }), ['"100"'], /^Invalid 'cpu' setting for task\.$/],
  [
    'task memory "lots"',
    ec2Draft([web], { memory: 'lots' }),
    ['"lots"'],
    /^Invalid 'memory' setting for task\.$/,
  ],
  [
    'Fargate in bridge mode',
    fargateDraft({}, { networkMode: 'bridge' }),
    ['"bridge"'],
    /^Fargate only supports network mode/,
  ],
  [
    'Fargate without a network mode',
    fargateDraft({}, { networkMode: undefined }),
    ['"FARGATE"'],
    /^Fargate only supports network mode/,
  ],
  [
    'Fargate without task cpu',
    fargateDraft({}, { cpu: undefined }),
    ['"FARGATE"'],
    /^Fargate requires that 'cpu'/,
  ],
  [
    'Fargate without task memory',
    fargateDraft({}, { memory: undefined }),
    ['"FARGATE"'],
    /^Fargate requires that 'memory'/,
  ],
  [
    'a size Fargate does not offer',
    fargateDraft({}, { memory: '3000' }),
    ['"256"'],
    /^Invalid 'cpu' setting for task\.$/,
  ],
  [
    'ipcMode on Fargate',
    fargateDraft({}, { ipcMode: 'host' }),
    ['"ipcMode"'],
    /^Tasks using the Fargate launch type do not support ipcMode\.$/,
  ],
  [
    'a privileged container on Fargate',
    fargateDraft({ privileged: true }),
    ['"privileged"'],
    /do not support privileged\.$/,
  ],
  [
    'swappiness on Fargate',
    fargateDraft({ linuxParameters: { swappiness: 10 } }),
    ['"swappiness"'],
    /do not support swappiness\.$/,
  ],
  [
    'a GPU on Fargate',
    fargateDraft({ resourceRequirements: [{ type: 'GPU', value: '1' }] }),
    ['"resourceRequirements"'],
    /do not support gpu\.$/,
  ],
  [
    'a private ECR image without an execution role',
    fargateDraft({ image: ECR }),
    [`"${ECR}"`],
    /^Fargate requires task definition to have execution role ARN to support ECR images\.$/,
  ],
  [
    'awslogs without an execution role',
    fargateDraft({ logConfiguration: { logDriver: 'awslogs', options: {} } }),
    ['"awslogs"'],
    /to support log driver awslogs\.$/,
  ],
  [
    'EXTERNAL with awsvpc',
    ec2Draft([web], { requiresCompatibilities: ['EXTERNAL'], networkMode: 'awsvpc' }),
    ['"awsvpc"'],
    /^External launch type does not support network mode awsvpc\.$/,
  ],
];
