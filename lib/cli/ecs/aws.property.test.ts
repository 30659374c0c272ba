import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ecsEngine } from '../../sim/ecs/engine';
import { parseEcsCommand } from '../../sim/ecs/commands';
import { breathe, fuzzRuns, fuzzTimeout } from '../../testing/fuzz-runs';
import { GLOBAL_FLAG_OPTIONS, GLOBAL_VALUE_OPTIONS, optionStrings } from './args/parse-args';
import { awsProgram } from './aws-program';
import { clusterWithInstances, ECS_AMI_PARAMETER, filesContext } from './ecs-console-driver';
import { AWS_SERVICES, SERVICE_NAMES } from './service-table';

/**
 * The `aws` program never throws, whatever words it gets, and every error it prints is specific:
 * the CLI's own usage, API, validation or parameter error, or one of our `Dockyard:` lines.
 */

const files = filesContext({
  'td.json':
    '{"family":"webserver","containerDefinitions":[{"name":"web","image":"nginx","memory":"100","cpu":"99"}],"requiresCompatibilities":["FARGATE"],"networkMode":"awsvpc","memory":"512","cpu":"256"}',
  'good.json': '{"family":"web","containerDefinitions":[{"name":"web","image":"nginx","memory":128}]}',
  'junk.json': '{nope',
  'list.json': '[1, 2]',
  'ud.sh': 'echo ECS_CLUSTER=default >> /etc/ecs/ecs.config',
});

const base = clusterWithInstances(7, {})
  .setup(
    'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=256',
    'aws ecs run-task --task-definition web --count 2',
    'aws logs create-log-group --log-group-name /ecs/web',
    'aws ecs register-task-definition --family api --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions name=api,image=nginx',
    'aws ecs create-service --service-name api --task-definition api --desired-count 2 --launch-type FARGATE --network-configuration awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718]}',
  )
  .wait(60_000);
const state = base.state;

const operations = AWS_SERVICES.flatMap((service) => service.operations);
const flags = [
  ...new Set(operations.flatMap((operation) => optionStrings(operation.params))),
  ...GLOBAL_VALUE_OPTIONS,
  ...GLOBAL_FLAG_OPTIONS,
  '--cli-input-json',
  '--generate-cli-skeleton',
  '--version',
  '--',
  '-x',
];
const values = [
  'default',
  'prod',
  'web',
  'web:1',
  'web:x',
  'api',
  'service/default/api',
  '1',
  '2',
  '0',
  '-1',
  '11',
  '99999999999999999999',
  'two',
  '',
  ' ',
  'help',
  'file://td.json',
  'file://good.json',
  'file://junk.json',
  'file://list.json',
  'file://ud.sh',
  'file://missing.json',
  '{',
  '[',
  '{"a": 1}',
  '[1, 2]',
  '[{"name":"web","image":"nginx","memory":"1"}]',
  'a=b',
  'a=[b,c]',
  'a={b=c}',
  'awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}',
  'type=spread,field=attribute:ecs.availability-zone',
  'capacityProvider=FARGATE,weight=x',
  'Name=ecsInstanceRole',
  'Key=deregistration_delay.timeout_seconds,Value=30',
  ECS_AMI_PARAMETER,
  't3.micro',
  'FARGATE',
  'EC2',
  'DRAINING',
  'json',
  'table',
  'us-east-1',
  ...state.tasks.map((task) => task.id),
  ...state.containerInstances.map((ci) => ci.id),
  ...state.instances.map((instance) => instance.id),
  ...state.subnets.map((subnet) => subnet.id),
];

const word = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...flags) },
  { weight: 5, arbitrary: fc.constantFrom(...values) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);
const service = fc.oneof(
  fc.constantFrom(...SERVICE_NAMES, 'help', 's3', 'ecss', '--region'),
  fc.string({ maxLength: 6 }),
);
const operationName = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...operations.map((candidate) => candidate.name)) },
  { weight: 1, arbitrary: fc.constantFrom('help', 'wait', 'run-tsk', '--cluster') },
  { weight: 1, arbitrary: fc.string({ maxLength: 8 }) },
);
const value = fc.oneof(
  { weight: 9, arbitrary: fc.constantFrom(...values) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
);

/** Anything at all, built from the vocabulary. */
const looseArgs = fc
  .tuple(
    fc.option(service, { nil: undefined }),
    fc.option(operationName, { nil: undefined }),
    fc.array(word, { maxLength: 8 }),
  )
  .map(([first, second, rest]) =>
    [first, second, ...rest].filter((item): item is string => item !== undefined),
  );

/** A real operation with some of its own options, each with plausible values: far more reach the engine. */
const operationArgs = fc
  .constantFrom(...AWS_SERVICES.flatMap((s) => s.operations.map((o) => [s.name, o] as const)))
  .chain(([serviceName, operation]) =>
    fc
      .tuple(
        fc
          .subarray(operation.params.filter((param) => param.required !== true))
          .map((optional) => [...operation.params.filter((param) => param.required === true), ...optional]),
        fc.array(value, { minLength: 3, maxLength: 3 }),
        fc.array(word, { maxLength: 2 }),
        fc.array(value, { maxLength: operation.positionals ?? 0 }),
      )
      .map(([chosen, picks, extra, positional]) => [
        serviceName,
        operation.name,
        ...positional,
        ...chosen.flatMap((param, index) => {
          const pick = picks[index % picks.length] ?? '';
          if (param.kind === 'boolean') return [param.flag];
          if (param.kind === 'strings' || param.kind === 'list')
            return [param.flag, pick, picks[(index + 1) % 3] ?? ''];
          return [param.flag, pick];
        }),
        ...extra,
      ]),
  );

const argsArb = fc.oneof({ weight: 1, arbitrary: looseArgs }, { weight: 3, arbitrary: operationArgs });

const SPECIFIC = /^(usage:|aws: error|An error occurred|Parameter validation failed|Error parsing parameter)/;

function specific(output: string): boolean {
  return SPECIFIC.test(output) || output.split('\n').some((line) => line.startsWith('Dockyard: '));
}

/** An answer that starts like JSON is JSON (our hint lines aside), with no internal markers left. */
function wellFormed(output: string): boolean {
  if (output.includes('\u0000')) return false;
  if (!output.startsWith('{')) return true;
  const json = output
    .split('\n')
    .filter((line) => !line.startsWith('Dockyard: '))
    .join('\n');
  try {
    JSON.parse(json);
    return true;
  } catch {
    return false;
  }
}

describe('awsProgram (properties)', () => {
  it(
    'never throws; dispatches only valid commands; errors are specific and answers well-formed JSON',
    async () => {
      await fc.assert(
        fc.asyncProperty(argsArb, async (args) => {
          await breathe();
          const result = awsProgram.run(args, state, files);
          if (result.kind === 'print') {
            if (result.isError) expect(specific(result.output), result.output).toBe(true);
            else expect(wellFormed(result.output), result.output).toBe(true);
            return;
          }
          expect(parseEcsCommand(result.command).ok).toBe(true);
          const step = ecsEngine.apply(state, result.command);
          const printed = result.render({
            before: state,
            after: step.state,
            events: step.events,
            ...(step.error === undefined ? {} : { error: step.error }),
            ...(step.response === undefined ? {} : { response: step.response }),
          });
          if (printed.isError) expect(specific(printed.output), printed.output).toBe(true);
          else expect(wellFormed(printed.output), printed.output).toBe(true);
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(5),
  );
});
