import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../run-console-line';
import { eksSimulator } from '../../sim/eks/simulator';
import { sessionForPreset } from '../../sim/simulator-entry';

const line = (text: string) =>
  runConsoleLine(sessionForPreset(eksSimulator, 'three-nodes'), text, eksSimulator.cli);

describe('aws eks and the AWS CLI’s global options', () => {
  it('refuses what the simulated account cannot honour instead of ignoring it, as aws ecs does', () => {
    expect(line('aws eks describe-cluster --name demo --query cluster.status')).toMatchObject({
      isError: true,
      output: 'Dockyard: --query is not simulated; the full JSON is printed instead when you leave it out.',
    });
    expect(line('aws eks list-clusters --region eu-west-1').output).toBe(
      'Dockyard: this simulated account lives in us-east-1 only (got --region eu-west-1).',
    );
    expect(line('aws eks list-clusters --output table').output).toMatch(
      /^Dockyard: only --output json is simulated/,
    );
    expect(line('aws eks list-clusters --output json --region us-east-1')).toMatchObject({ isError: false });
  });
});
