import { REGION, SSM_PARAMETERS } from '../../../sim/ecs/catalog';
import { isoTimestamp } from '../format/aws-json';
import { apiError, param, printJson, str, strings, type Operation } from '../operation';

/** `aws ssm`: the public parameters that name the current ECS-optimized AMIs. */

function parameterJson(name: string, value: string): Record<string, unknown> {
  return {
    Name: name,
    Type: 'String',
    Value: value,
    Version: 1,
    LastModifiedDate: isoTimestamp(0),
    // Public parameters belong to no account: their ARNs have an empty account field.
    ARN: `arn:aws:ssm:${REGION}::parameter${name}`,
    DataType: 'text',
  };
}

const getParameters: Operation = {
  name: 'get-parameters',
  api: 'GetParameters',
  summary: 'read public parameters, e.g. the ECS-optimized AMI id',
  params: [
    param('--names', 'Names', 'strings', true),
    param('--with-decryption', 'WithDecryption', 'boolean'),
  ],
  run(input) {
    const names = strings(input, 'Names') ?? [];
    const found = names.filter((name) => SSM_PARAMETERS[name] !== undefined);
    return printJson({
      Parameters: found.map((name) => parameterJson(name, SSM_PARAMETERS[name] ?? '')),
      InvalidParameters: names.filter((name) => SSM_PARAMETERS[name] === undefined),
    });
  },
};

const getParameter: Operation = {
  name: 'get-parameter',
  api: 'GetParameter',
  summary: 'read one public parameter',
  params: [param('--name', 'Name', 'string', true), param('--with-decryption', 'WithDecryption', 'boolean')],
  run(input) {
    const name = str(input, 'Name') ?? '';
    const value = SSM_PARAMETERS[name];
    // SSM answers an unknown name with an empty message (observed in many public reports).
    if (value === undefined)
      return apiError(
        'GetParameter',
        'ParameterNotFound',
        '',
        `public parameters here: ${Object.keys(SSM_PARAMETERS).join(', ')}.`,
      );
    return printJson({ Parameter: parameterJson(name, value) });
  },
};

export const SSM_OPERATIONS: readonly Operation[] = [getParameters, getParameter];
