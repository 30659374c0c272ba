import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { createSession, type Session } from '../lib/sim/core/session';
import type { BaseState, CommandBase } from '../lib/sim/core/types';
import { encodeShareLink } from '../lib/sim/core/share-link';
import { runConsoleLine } from '../lib/cli/run-console-line';
import { ecsSimulator } from '../lib/sim/ecs/simulator';
import { waitForServer } from './bench-loaded-js';

/**
 * The ECS picture's render time per tick in Chromium (issue 4: one tick with 500 task chips,
 * goal ≤ 8 ms). A cluster of twelve m5.4xlarge instances gets a service of 500 small tasks; the page
 * opens at that moment through a share link and plays at 1× for a few seconds while the tasks go
 * from PROVISIONING to RUNNING, then while they run. Each render of the picture is a User Timing
 * measure (components/sim/use-render-measure.ts); reported as median, 95th percentile and worst.
 */
export interface RenderBench {
  readonly tasks: number;
  readonly renders: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly worstMs: number;
  readonly goalMs: number;
}

const PORT = Number(process.env.BENCH_PORT ?? 3200) + 1;
const SUBNETS = ['subnet-0a1b2c3d4e5f60718', 'subnet-0b2c3d4e5f6071829', 'subnet-0c3d4e5f607182930'];
const AMI = 'resolve:ssm:/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

function fiveHundredTasks(): string {
  let session: Session<BaseState, CommandBase> = createSession(ecsSimulator.engine, 42);
  const lines = [
    'aws ecs create-cluster --cluster-name default',
    ...SUBNETS.map(
      (subnet) =>
        `aws ec2 run-instances --count 4 --image-id ${AMI} --instance-type m5.4xlarge --iam-instance-profile Name=ecsInstanceRole --subnet-id ${subnet} --user-data "echo ECS_CLUSTER=default >> /etc/ecs/ecs.config"`,
    ),
    'sleep 120',
    `aws ecs register-task-definition --family tiny --container-definitions '[{"name":"web","image":"nginx","cpu":32,"memory":64}]'`,
    'aws ecs create-service --service-name tiny --task-definition tiny --desired-count 500',
  ];
  for (const line of lines) {
    const result = runConsoleLine(session, line, ecsSimulator.cli);
    if (result.isError) throw new Error(`bench scenario: "${line}" failed: ${result.output}`);
    session = result.session;
  }
  return encodeShareLink(session);
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

export async function benchRender(outDir: string): Promise<RenderBench> {
  const server = spawn('npx', ['sirv', outDir, '--port', String(PORT), '--host', '127.0.0.1', '--quiet'], {
    stdio: 'ignore',
    detached: true,
  });
  const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find(
    (path) => path && existsSync(path),
  );
  const browser = await chromium.launch({
    executablePath,
    args: ['--no-sandbox', '--disable-background-networking'],
  });
  try {
    await waitForServer(`http://127.0.0.1:${PORT}/`);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } });
    await page.goto(`http://127.0.0.1:${PORT}/simulators/ecs/${fiveHundredTasks()}`);
    const picture = page.locator('[data-testid="ecs-picture"]');
    await picture.waitFor();
    await page.evaluate(() => performance.clearMeasures());
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.waitForTimeout(6000);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    const durations = await page.evaluate(() =>
      performance.getEntriesByName('ecs-picture-render').map((entry) => entry.duration),
    );
    const tasks = Number(await picture.getAttribute('data-task-count'));
    const sorted = [...durations].sort((a, b) => a - b);
    const round = (ms: number) => Math.round(ms * 100) / 100;
    return {
      tasks,
      renders: sorted.length,
      medianMs: round(percentile(sorted, 0.5)),
      p95Ms: round(percentile(sorted, 0.95)),
      worstMs: round(sorted.at(-1) ?? 0),
      goalMs: 8,
    };
  } finally {
    await browser.close();
    if (server.pid) process.kill(-server.pid);
  }
}
