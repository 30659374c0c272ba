import { describe, expect, it } from 'vitest';
import { cliFiles } from '@/lib/cli/aws/input/cli-files';
import { ecsCli } from '@/lib/cli/ecs/ecs-cli';
import { runConsoleLine } from '@/lib/cli/run-console-line';
import { createSession } from '@/lib/sim/core/session';
import { ECR_EXAMPLE_FILES } from '@/lib/sim/ecr/example-files';
import { REGISTRY_HOST } from '@/lib/sim/ecr/figures';
import { ecsEngine } from '@/lib/sim/ecs/engine';
import { pushedImageRows } from './registry-model';

function after(lines: readonly string[]) {
  let session = createSession(ecsEngine, 1);
  for (const line of lines) session = runConsoleLine(session, line, ecsCli, cliFiles(ECR_EXAMPLE_FILES)).session;
  return session.state;
}

const LOGIN = `aws ecr get-login-password | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;

describe('pushedImageRows', () => {
  it('shows nothing until the learner pushes (the catalogue’s images are not drawn)', () => {
    expect(pushedImageRows(after([]).ecr)).toEqual([]);
    expect(pushedImageRows(after(['aws ecr describe-repositories']).ecr)).toEqual([]);
  });

  it('lists a pushed image with its one platform, and a multi-architecture one as a single row', () => {
    const state = after([
      'aws ecr create-repository --repository-name site',
      LOGIN,
      `docker build -t ${REGISTRY_HOST}/site:1.0 .`,
      `docker push ${REGISTRY_HOST}/site:1.0`,
      `docker buildx build --platform linux/amd64,linux/arm64 -t ${REGISTRY_HOST}/site:2.0 --push .`,
    ]);
    const rows = pushedImageRows(state.ecr);
    expect(rows.map((row) => [row.name, row.platforms.join(','), row.singlePlatform])).toEqual([
      ['site:1.0', 'linux/amd64', true],
      ['site:2.0', 'linux/amd64,linux/arm64', false],
    ]);
  });
});
