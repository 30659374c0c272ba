import { describe, expect, it } from 'vitest';
import { runConsoleLine } from '../../../cli/run-console-line';
import { cliFiles } from '../../../cli/aws/input/cli-files';
import { sessionForPreset } from '../../simulator-entry';
import { ecsSimulator } from '../simulator';

const REGISTRY = '123456789012.dkr.ecr.us-east-1.amazonaws.com';
const NETWORK =
  '--network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}"';

/** Builds the site on a laptop of `arch`, pushes it as 1.0 and runs it on Fargate (x86_64); the log's lines. */
function siteLog(arch: 'amd64' | 'arm64'): string {
  let session = sessionForPreset(ecsSimulator, 'empty-account');
  const files = cliFiles(ecsSimulator.files ?? {});
  let output = '';
  for (const line of [
    'aws ecs create-cluster --cluster-name default',
    'aws logs create-log-group --log-group-name /ecs/site',
    'aws ecr create-repository --repository-name site',
    `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY}`,
    `laptop arch ${arch}`,
    `docker build -t ${REGISTRY}/site:1.0 .`,
    `docker push ${REGISTRY}/site:1.0`,
    'aws ecs register-task-definition --cli-input-json file://site-task-1.0.json',
    `aws ecs run-task --task-definition site --launch-type FARGATE ${NETWORK}`,
    'sleep 60',
    'aws logs tail /ecs/site',
  ]) {
    const result = runConsoleLine(session, line, ecsSimulator.cli, files);
    if (result.isError) throw new Error(`"${line}" failed: ${result.output}`);
    session = result.session;
    output = result.output;
  }
  return output;
}

describe('a single-platform image for another CPU', () => {
  it('logs only exec format error: the entrypoint never runs, so nginx prints nothing', () => {
    const log = siteLog('arm64');
    expect(log).toContain('exec /docker-entrypoint.sh: exec format error');
    expect(log).not.toContain('Configuration complete');
  });

  it('starts nginx, with its usual lines, when the image is for the task’s CPU', () => {
    const log = siteLog('amd64');
    expect(log).toContain('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(log).not.toContain('exec format error');
  });
});
