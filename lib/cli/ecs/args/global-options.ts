import { withHint } from '../../suggest';
import { formatChoices } from '../../table';
import { awsUsageError } from '../../vm/aws-format';

export const OUTPUT_CHOICES = ['json', 'text', 'table', 'yaml', 'yaml-stream'] as const;

/**
 * The AWS CLI's global options the simulated accounts cannot honour, refused in words rather than
 * ignored: another --output than json, --query, another Region than us-east-1. Null when all is well.
 */
export function globalOptionsRefused(globals: ReadonlyMap<string, string | true>): string | null {
  const output = globals.get('--output');
  if (typeof output === 'string' && output !== 'json') {
    if (!(OUTPUT_CHOICES as readonly string[]).includes(output))
      return withHint(
        awsUsageError(
          `argument --output: Invalid choice, valid choices are:\n\n${formatChoices(OUTPUT_CHOICES)}`,
        ),
        'only --output json is simulated; leave --output out.',
      );
    return `Dockyard: only --output json is simulated, not --output ${output}; leave --output out.`;
  }
  if (globals.has('--query'))
    return 'Dockyard: --query is not simulated; the full JSON is printed instead when you leave it out.';
  const region = globals.get('--region');
  if (typeof region === 'string' && region !== 'us-east-1')
    return `Dockyard: this simulated account lives in us-east-1 only (got --region ${region}).`;
  return null;
}
