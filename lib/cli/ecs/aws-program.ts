import type { EcsCommand } from '../../sim/ecs/commands';
import { runAwsEcr } from './registry-programs';
import type { EcsState } from '../../sim/ecs/types';
import { validateParams } from '../aws/param-validation';
import { closestWord, didYouMean, withHint } from '../suggest';
import { formatChoices } from '../table';
import { fail, print, type CliContext, type CliProgram } from '../types';
import { AWS_USAGE, awsUsageError } from '../vm/aws-format';
import { buildInput } from './args/param-values';
import { globalOptionsRefused } from './args/global-options';
import { GLOBAL_VALUE_OPTIONS, optionStrings, parseArgs } from './args/parse-args';
import { apiMembers, requestShape, withMemberShapes } from './args/request-shape';
import { completeAws } from './aws-complete';
import { buildErrorHint, validationHint } from './input-hints';
import { AWS_PROGRAM_HELP, awsHelp, operationExample, operationHelp, serviceHelp } from './aws-help';
import type { AwsService, Operation, Result } from './operation';
import {
  OTHER_REAL_OPERATIONS,
  OTHER_REAL_SERVICES,
  SERVICE_NAMES,
  findAwsService,
  findOperation,
} from './service-table';

/**
 * The `aws` program of the ECS console: the AWS CLI v2's dispatcher (service, operation, options),
 * its usage errors, botocore's parameter validation, then the operation itself.
 */

/** The CLI's version line (`aws --version`). */
export const AWS_CLI_VERSION =
  'aws-cli/2.22.35 Python/3.12.6 Linux/6.1.119-129.201.amzn2023.x86_64 exe/x86_64.amzn.2023';

/** Splits `aws [globals] SERVICE OPERATION [args]`: globals before the service join the args. */
export function splitCommand(args: readonly string[]): {
  service?: string;
  operation?: string;
  rest: string[];
} {
  const rest: string[] = [];
  const positional: string[] = [];
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? '';
    if (positional.length >= 2 || !arg.startsWith('-')) {
      if (positional.length < 2) positional.push(arg);
      else rest.push(arg);
      continue;
    }
    rest.push(arg);
    const takesValue = (GLOBAL_VALUE_OPTIONS as readonly string[]).includes(arg);
    const next = args[index + 1];
    if (takesValue && next !== undefined && !next.startsWith('-')) {
      rest.push(next);
      index += 1;
    }
  }
  const [service, operation] = positional;
  return {
    ...(service === undefined ? {} : { service }),
    ...(operation === undefined ? {} : { operation }),
    rest,
  };
}

function invalidService(service: string): Result {
  if (OTHER_REAL_SERVICES.includes(service))
    return fail(
      `Dockyard: aws ${service} is not simulated in this console; it has ${SERVICE_NAMES.join(', ')}. Type aws help.`,
    );
  const suggestion = closestWord(service, SERVICE_NAMES);
  return fail(
    withHint(
      awsUsageError(
        `argument command: Invalid choice, valid choices are:\n\n${formatChoices([...SERVICE_NAMES].sort())}`,
      ),
      didYouMean(
        suggestion === null ? null : `aws ${suggestion}`,
        'Type aws help for what this console simulates.',
      ),
    ),
  );
}

function invalidOperation(service: AwsService, operation: string): Result {
  const names = service.operations.map((candidate) => candidate.name);
  if ((OTHER_REAL_OPERATIONS[service.name] ?? []).includes(operation))
    return fail(
      operation === 'wait'
        ? `Dockyard: aws ${service.name} wait is not simulated; use sleep 30s and describe again.`
        : `Dockyard: aws ${service.name} ${operation} is not simulated in this console. Type aws ${service.name} help.`,
    );
  const suggestion = closestWord(operation, names);
  return fail(
    withHint(
      awsUsageError(
        `argument operation: Invalid choice, valid choices are:\n\n${formatChoices([...names].sort())}`,
      ),
      didYouMean(
        suggestion === null ? null : `aws ${service.name} ${suggestion}`,
        `Type aws ${service.name} help for the operations.`,
      ),
    ),
  );
}

function unknownOptions(service: AwsService, operation: Operation, unknown: readonly string[]): Result {
  const flag = unknown.find((word) => word.startsWith('--'));
  const known = optionStrings(operation.params);
  const suggestion = flag === undefined ? null : closestWord(flag.split('=')[0] ?? flag, known);
  return fail(
    withHint(
      `${AWS_USAGE}\nUnknown options: ${unknown.join(', ')}`,
      didYouMean(suggestion, `aws ${service.name} ${operation.name} help lists its options.`),
    ),
  );
}

/** The CLI's `--output` choices (aws-cli v2 `cli.json`). */

/** argparse refuses a value outside the choices; a real format other than json is not simulated. */

function runOperation(
  service: AwsService,
  operation: Operation,
  rest: readonly string[],
  state: EcsState,
  context: CliContext,
): Result {
  if (rest[0] === 'help') return print(operationHelp(service, operation));
  if (rest.includes('--generate-cli-skeleton'))
    return fail(
      'Dockyard: --generate-cli-skeleton is not simulated; aws ecs describe-task-definition shows a full example.',
    );
  const params =
    operation.shape === undefined ? operation.params : withMemberShapes(operation.params, operation.shape);
  const parsed = parseArgs(rest, params, { positionals: operation.positionals ?? 0 });
  if (!parsed.ok) {
    if (parsed.kind === 'unknown') return unknownOptions(service, operation, parsed.unknown);
    const example = operationExample(service.name, operation.name);
    return fail(
      withHint(
        awsUsageError(parsed.message),
        example === undefined
          ? `aws ${service.name} ${operation.name} help lists its options.`
          : `for example:\n  ${example}`,
      ),
    );
  }
  const refused = globalOptionsRefused(parsed.globals);
  if (refused !== null) return fail(refused);
  const built = buildInput(params, parsed.values, parsed.cliInputJson, context);
  if (!built.ok)
    return fail(
      withHint(built.error, buildErrorHint(built.error, parsed.values, parsed.cliInputJson, context)),
    );
  const report = validateParams(operation.shape ?? requestShape(params), apiMembers(built.input));
  if (report !== null) return fail(withHint(report, validationHint(built.input)));
  return operation.run(built.input, { state, context, positionals: parsed.positionals });
}

function run(args: readonly string[], state: EcsState, context: CliContext): Result {
  if (args[0] === 'ecr') return runAwsEcr(args, state, context);
  const { service: serviceName, operation: operationName, rest } = splitCommand(args);
  if (serviceName === undefined) {
    if (rest.includes('--version')) return print(AWS_CLI_VERSION);
    return fail(
      withHint(
        awsUsageError('the following arguments are required: command'),
        'try aws ecs list-clusters; type help for the commands this console understands.',
      ),
    );
  }
  if (serviceName === 'help') return print(awsHelp());
  const service = findAwsService(serviceName);
  if (service === undefined) return invalidService(serviceName);
  if (operationName === undefined)
    return fail(
      withHint(
        awsUsageError('the following arguments are required: operation'),
        `type aws ${service.name} help for its operations.`,
      ),
    );
  if (operationName === 'help') return print(serviceHelp(service));
  const operation = findOperation(service, operationName);
  if (operation === undefined) return invalidOperation(service, operationName);
  return runOperation(service, operation, rest, state, context);
}

export const awsProgram: CliProgram<EcsState, EcsCommand> = {
  name: 'aws',
  help: AWS_PROGRAM_HELP,
  run,
  complete: completeAws,
};
