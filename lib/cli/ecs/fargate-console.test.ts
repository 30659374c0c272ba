import { describe, expect, it } from 'vitest';
import { NO_FILES } from '../types';
import { chaosProgram } from './chaos';
import { billedTime, costProgram, usd } from './cost';
import { ecsConsole } from './ecs-console-driver';

/** The Fargate console: platform versions, capacity providers, Spot chaos and the `cost` bill (reference §6). */

const NETWORK =
  '--network-configuration "awsvpcConfiguration={subnets=[subnet-0a1b2c3d4e5f60718],assignPublicIp=ENABLED}"';
const SPOT = '--capacity-provider-strategy capacityProvider=FARGATE_SPOT,weight=1';

const fargate = () =>
  ecsConsole().setup(
    'aws ecs create-cluster',
    'aws ecs put-cluster-capacity-providers --cluster default --capacity-providers FARGATE FARGATE_SPOT --default-capacity-provider-strategy capacityProvider=FARGATE,weight=1',
    'aws ecs register-task-definition --family tiny --requires-compatibilities FARGATE --network-mode awsvpc --cpu 256 --memory 512 --container-definitions name=app,image=nginx',
  );

type TaskJson = { tasks: Record<string, unknown>[]; failures: { reason: string }[] };

describe('aws ecs run-task on Fargate', () => {
  it('shows capacityProviderName and the resolved platform version in describe-tasks', () => {
    const d = fargate().setup(
      `aws ecs run-task --task-definition tiny ${SPOT} --platform-version LATEST ${NETWORK}`,
    );
    const task = d.json<TaskJson>().tasks[0];
    expect(task).toMatchObject({
      capacityProviderName: 'FARGATE_SPOT',
      platformVersion: '1.4.0',
      platformFamily: 'Linux',
      launchType: 'FARGATE',
    });
    const described = d.type(`aws ecs describe-tasks --tasks ${String(task?.['taskArn'])}`).json<TaskJson>();
    expect(described.tasks[0]).toMatchObject({
      capacityProviderName: 'FARGATE_SPOT',
      platformVersion: '1.4.0',
    });
    const old = d.type(
      `aws ecs run-task --task-definition tiny --launch-type FARGATE --platform-version 1.3.0 ${NETWORK}`,
    );
    expect(old.json<TaskJson>().tasks[0]).toMatchObject({ platformVersion: '1.3.0' });
    expect(old.json<TaskJson>().tasks[0]).not.toHaveProperty('capacityProviderName');
  });

  it("refuses an unknown platform version in ECS's words, with a Dockyard hint", () => {
    const d = fargate().type(
      `aws ecs run-task --task-definition tiny --launch-type FARGATE --platform-version 1.4 ${NETWORK}`,
    );
    expect(d.toolOutput()).toBe(
      'An error occurred (PlatformUnknownException) when calling the RunTask operation: The specified platform does not exist.',
    );
    expect(d.hint()).toMatch(/^Dockyard: Fargate platform versions are LATEST \(today 1\.4\.0\)/);
  });

  it('explains a Spot capacity failure under the failures[] answer', () => {
    const d = fargate()
      .type('chaos spot-capacity off')
      .type(`aws ecs run-task --task-definition tiny ${SPOT} ${NETWORK}`);
    expect(d.json<TaskJson>().failures[0]?.reason).toBe(
      'Capacity is unavailable at this time. Please try again later or in a different availability zone',
    );
    expect(d.hint()).toMatch(/Fargate Spot may have none to spare/);
  });
});

describe('describe-services on Fargate', () => {
  it('shows platformVersion LATEST for a Fargate strategy service and 1.4.0 on its deployment', () => {
    const d = fargate()
      .setup(
        `aws ecs create-service --service-name web --task-definition tiny --desired-count 1 --capacity-provider-strategy capacityProvider=FARGATE,weight=1 ${NETWORK}`,
      )
      .type('aws ecs describe-services --services web');
    const service = d.json<{ services: Record<string, unknown>[] }>().services[0];
    expect(service).toMatchObject({ platformVersion: 'LATEST', platformFamily: 'Linux' });
    expect(service?.['deployments']).toMatchObject([{ platformVersion: '1.4.0', platformFamily: 'Linux' }]);
  });
});

describe('chaos interrupt-spot and spot-capacity', () => {
  it('interrupts the oldest Spot task and says what ECS does next', () => {
    const d = fargate()
      .setup(`aws ecs run-task --task-definition tiny ${SPOT} --count 2 ${NETWORK}`)
      .wait(60_000)
      .type('chaos interrupt-spot');
    expect(d.isError).toBe(false);
    expect(d.output).toMatch(
      /^Fargate Spot interruption \(simulated\): 1 task got the two-minute warning: [0-9a-f]{32}\./,
    );
    expect(d.state.tasks.filter((t) => t.stopCode === 'SpotInterruption')).toHaveLength(1);
    expect(
      d.type('chaos interrupt-spot --count 5').state.tasks.filter((t) => t.stopCode === 'SpotInterruption'),
    ).toHaveLength(2);
  });

  it('refuses in its own words when there is nothing to interrupt or a setting is wrong', () => {
    const d = fargate();
    expect(d.type('chaos interrupt-spot').output).toMatch(
      /^chaos interrupt-spot: no Fargate Spot task is RUNNING\nDockyard: /,
    );
    expect(d.type('chaos spot-capacity maybe').output).toMatch(
      /^chaos spot-capacity: expected off or on, not 'maybe'/,
    );
    expect(d.type('chaos spot-capacity on').output).toMatch(/already available/);
    const result = chaosProgram.run(['interrupt-spot', '--count', '0'], d.state, NO_FILES);
    expect(result.kind === 'print' && result.output).toMatch(/^chaos interrupt-spot: invalid count '0'/);
  });

  it('completes the subcommands, Spot task ids and off|on', () => {
    const state = fargate()
      .setup(`aws ecs run-task --task-definition tiny ${SPOT} ${NETWORK}`)
      .wait(60_000).state;
    expect(chaosProgram.complete(['spot-capacity'], state)).toEqual(['off', 'on']);
    expect(chaosProgram.complete(['interrupt-spot'], state)).toEqual([state.tasks[0]?.id, '--count']);
  });
});

describe('cost', () => {
  it('prints each Fargate task, the total and the rates, as Dockyard’s own bill', () => {
    const d = fargate()
      .setup(
        `aws ecs run-task --task-definition tiny --launch-type FARGATE ${NETWORK}`,
        `aws ecs run-task --task-definition tiny ${SPOT} ${NETWORK}`,
      )
      .wait(3_600_000)
      .type('cost');
    expect(d.isError).toBe(false);
    const [header, ...rest] = d.lines();
    expect(header).toMatch(/^TASK\s+GROUP\s+CAPACITY\s+PLATFORM\s+SIZE\s+STATUS\s+BILLED\s+COST \(USD\)$/);
    expect(
      rest.filter((line) =>
        /family:tiny\s+FARGATE\s+Linux\/X86_64\s+0\.25 vCPU 0\.5 GB\s+running\s+59m/.test(line),
      ),
    ).toHaveLength(1);
    expect(rest.filter((line) => /family:tiny\s+FARGATE_SPOT\s+Linux\/X86_64/.test(line))).toHaveLength(1);
    expect(d.output).toMatch(
      /\nTotal: \$0\.0\d{5} for 2 Fargate tasks \(2 still running: the total grows\)\./,
    );
    expect(d.output).toContain(
      'FARGATE Linux/X86_64: $0.04048 per vCPU-hour, $0.004445 per GB-hour, 1-minute minimum.',
    );
    expect(d.hint()).toMatch(/^Dockyard: cost is Dockyard’s Fargate bill, not an AWS command\./);
  });

  it('says nothing is billed in an account without Fargate tasks, and refuses unknown clusters and arguments', () => {
    const d = fargate();
    expect(d.type('cost').output).toMatch(
      /^No Fargate tasks: nothing billed\.\nTotal: \$0\.000000 for 0 Fargate tasks\./,
    );
    expect(d.type('cost --cluster nope').output).toMatch(/^cost: no cluster 'nope'/);
    expect(d.type('cost now').output).toMatch(
      /^cost: unexpected argument 'now'\nusage: cost \[--cluster CLUSTER\]/,
    );
    expect(costProgram.complete(['--cluster'], d.state)).toEqual(['default']);
  });

  it('formats billed time and dollars', () => {
    expect(billedTime(0)).toBe('-');
    expect(billedTime(60)).toBe('1m 00s');
    expect(billedTime(3723)).toBe('1h 02m 03s');
    expect(usd(0.0123425 / 60)).toBe('$0.000206');
    expect(usd(1)).toBe('$1.000000');
  });
});
