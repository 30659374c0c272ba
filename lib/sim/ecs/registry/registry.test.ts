import { describe, expect, it } from 'vitest';
import { cliFiles } from '../../../cli/aws/input/cli-files';
import { ecsCli } from '../../../cli/ecs/ecs-cli';
import { runConsoleLine } from '../../../cli/run-console-line';
import { createSession } from '../../core/session';
import { ECR_EXAMPLE_FILES } from '../../ecr/example-files';
import { REGISTRY_HOST } from '../../ecr/figures';
import { ecsEngine } from '../engine';
import { registryOf } from './registry-part';

const SITE = `${REGISTRY_HOST}/site`;
const definition = (tag: string) =>
  JSON.stringify({
    family: 'site',
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    cpu: '256',
    memory: '512',
    executionRoleArn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
    containerDefinitions: [{ name: 'site', image: `${SITE}:${tag}`, essential: true, portMappings: [{ containerPort: 80 }] }],
  });

function story(arch: 'amd64' | 'arm64', tag = '1.0') {
  let session = createSession(ecsEngine, 1);
  const files = cliFiles({ ...ECR_EXAMPLE_FILES, 'site.json': definition(tag) });
  const lines = [
    'aws ecs create-cluster --cluster-name default',
    'aws ecr create-repository --repository-name site',
    `aws ecr get-login-password | docker login --username AWS --password-stdin ${REGISTRY_HOST}`,
    `laptop arch ${arch}`,
    `docker build -t ${SITE}:1.0 .`,
    `docker push ${SITE}:1.0`,
    'aws ecs register-task-definition --cli-input-json file://site.json',
    'aws ecs run-task --task-definition site --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}"',
    'sleep 60',
  ];
  for (const line of lines) session = runConsoleLine(session, line, ecsCli, files).session;
  return session.state;
}

describe('tasks run images pushed to the account’s registry', () => {
  it('an amd64 nginx image runs on x86_64 Fargate and its pull is recorded', () => {
    const state = story('amd64');
    const task = state.tasks[0];
    expect(task?.lastStatus).toBe('RUNNING');
    const image = registryOf(state).repositories.find((repository) => repository.name === 'site')?.images[0];
    expect(image?.lastPulledAt).not.toBeNull();
  });

  it('a single-platform arm64 image pulls, then exits 1 with exec format error on x86_64', () => {
    const task = story('arm64').tasks[0];
    expect(task?.lastStatus).toBe('STOPPED');
    expect(task?.stoppedReason).toBe('Essential container in task exited');
    expect(task?.containers[0]?.exitCode).toBe(1);
  });

  it('a tag that is not in the repository fails the pull as ECR answers it', () => {
    const task = story('amd64', '9.9').tasks[0];
    expect(task?.lastStatus).toBe('STOPPED');
    expect(task?.stoppedReason).toContain('CannotPullContainerError');
  });

  it('the catalogue’s private repositories are listed by aws ecr', () => {
    const session = createSession(ecsEngine, 1);
    const { output } = runConsoleLine(session, 'aws ecr describe-repositories', ecsCli);
    expect(output).toContain('"repositoryName": "web"');
    expect(output).toContain('"repositoryName": "photo-api"');
  });
});
