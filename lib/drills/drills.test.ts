import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRILLS, findDrill } from './index';
import { isSolved, type Drill } from './types';
import { playLines } from '../sim/ecs/presets/play';
import { ECS_PRESETS } from '../sim/ecs/presets';
import {
  instancePerAz,
  privateImage,
  registerTaskDefinition,
  runInstances,
  webDefinition,
} from '../sim/ecs/presets/lines';
import type { EcsState } from '../sim/ecs/types';

const drill = (id: string): Drill<EcsState> => {
  const found = findDrill(id);
  if (found === undefined) throw new Error(`no drill ${id}`);
  return found as Drill<EcsState>;
};

const solvedAfter = (id: string, lines: readonly string[]): boolean => {
  const d = drill(id);
  return isSolved(d.check(playLines(d.preset, lines).state));
};

const REDEPLOY = [
  'aws ecs update-service --cluster default --service web --force-new-deployment',
  'sleep 5m',
];
const skills = readFileSync(new URL('../../content/skills.yaml', import.meta.url), 'utf8');

describe('DRILLS', () => {
  it('have unique ids that findDrill finds', () => {
    expect(new Set(DRILLS.map((d) => d.id)).size).toBe(DRILLS.length);
    for (const d of DRILLS) expect(findDrill(d.id)).toBe(d);
    expect(findDrill('nope')).toBeUndefined();
  });

  it.each(DRILLS.map((d) => [d.id, d] as const))(
    '%s starts from an existing preset, unsolved, with 3 hints and a known skill',
    (_, d) => {
      expect(ECS_PRESETS.some((p) => p.id === d.preset)).toBe(true);
      expect(isSolved(d.check(playLines(d.preset, []).state))).toBe(false);
      expect(d.hints).toHaveLength(3);
      expect(d.solution.length).toBeGreaterThan(0);
      expect(skills).toContain(`id: ${d.skill}\n`);
    },
  );

  it.each(DRILLS.map((d) => [d.id, d] as const))('%s is solved by its worked solution', (_, d) => {
    expect(
      isSolved(
        d.check(
          playLines(
            d.preset,
            d.solution.map((s) => s.line),
          ).state,
        ),
      ),
    ).toBe(true);
  });
});

describe('alternative fixes pass, wrong fixes do not', () => {
  it('agent-cannot-register: new instances with ecsInstanceRole; a redeploy alone does not', () => {
    expect(solvedAfter('ecs-failure-drills/agent-cannot-register', [...instancePerAz(), 'sleep 4m'])).toBe(
      true,
    );
    expect(solvedAfter('ecs-failure-drills/agent-cannot-register', REDEPLOY)).toBe(false);
  });

  it('private-image-pull: the execution role policy on the named role; a redeploy alone does not', () => {
    const attach =
      'aws iam attach-role-policy --role-name photoApiTaskRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy';
    expect(solvedAfter('ecs-failure-drills/private-image-pull', [attach, ...REDEPLOY])).toBe(true);
    expect(solvedAfter('ecs-failure-drills/private-image-pull', REDEPLOY)).toBe(false);
  });

  it('port-conflict: a fourth instance; lowering the desired count does not', () => {
    expect(solvedAfter('ecs-failure-drills/port-conflict', [runInstances('a'), 'sleep 4m'])).toBe(true);
    expect(
      solvedAfter('ecs-failure-drills/port-conflict', [
        'aws ecs update-service --service web --desired-count 3',
        'sleep 4m',
      ]),
    ).toBe(false);
  });

  it('essential-container-exits: a secret named DATABASE_URL; a redeploy alone does not', () => {
    const withSecret = webDefinition({ tag: '1.6.0' });
    const container = (withSecret.containerDefinitions as Record<string, unknown>[])[0];
    if (container)
      container.secrets = [
        {
          name: 'DATABASE_URL',
          valueFrom: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:web/database-url-Ab12Cd',
        },
      ];
    const lines = [
      'aws iam attach-role-policy --role-name ecsTaskExecutionRole --policy-arn arn:aws:iam::aws:policy/SecretsManagerReadWrite',
      registerTaskDefinition(withSecret),
      'aws ecs update-service --service web --task-definition web:2',
      'sleep 5m',
    ];
    expect(solvedAfter('ecs-failure-drills/essential-container-exits', lines)).toBe(true);
    expect(solvedAfter('ecs-failure-drills/essential-container-exits', REDEPLOY)).toBe(false);
  });

  it('unhealthy-targets: a new revision of the good image; a redeploy of the bad one does not', () => {
    const lines = [
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      'aws ecs update-service --service web --task-definition web:3',
      'sleep 5m',
    ];
    expect(solvedAfter('ecs-failure-drills/unhealthy-targets', lines)).toBe(true);
    expect(solvedAfter('ecs-failure-drills/unhealthy-targets', REDEPLOY)).toBe(false);
  });

  it('task-role-access-denied: S3 access on the instance role runs the app but does not meet the goal', () => {
    const lines = [
      'aws iam attach-role-policy --role-name ecsInstanceRole --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
      'aws ecs update-service --service photo-api --force-new-deployment',
      'sleep 5m',
    ];
    const d = drill('ecs-failure-drills/task-role-access-denied');
    const checks = d.check(playLines(d.preset, lines).state);
    expect(checks[0]?.met).toBe(true);
    expect(isSolved(checks)).toBe(false);
  });

  it('missing-log-group: a revision logging to an existing group; a redeploy or dropping the logs does not', () => {
    const lines = [
      registerTaskDefinition(webDefinition({ tag: '1.5.0' })),
      'aws ecs update-service --service web --task-definition web:2',
      'sleep 5m',
    ];
    expect(solvedAfter('ecs-failure-drills/missing-log-group', lines)).toBe(true);
    expect(solvedAfter('ecs-failure-drills/missing-log-group', REDEPLOY)).toBe(false);
    const withoutLogs = webDefinition({ tag: '1.5.0' });
    delete (withoutLogs.containerDefinitions as Record<string, unknown>[])[0]?.logConfiguration;
    const noLogs = [
      registerTaskDefinition(withoutLogs),
      'aws ecs update-service --service web --task-definition web:2',
      'sleep 5m',
    ];
    const d = drill('ecs-failure-drills/missing-log-group');
    const checks = d.check(playLines(d.preset, noLogs).state);
    expect(checks.map((c) => c.met)).toEqual([true, true, false, true]);
  });

  it('insufficient-memory: bigger instances; a redeploy alone does not', () => {
    expect(
      solvedAfter('ecs-failure-drills/insufficient-memory', [
        runInstances('a', { type: 'm5.xlarge' }),
        runInstances('b', { type: 'm5.xlarge' }),
        'sleep 4m',
      ]),
    ).toBe(true);
    expect(solvedAfter('ecs-failure-drills/insufficient-memory', REDEPLOY)).toBe(false);
  });

  it('fix-the-seed: the shorthand registration, with or without --launch-type; a task of the wrong size does not', () => {
    const run =
      'aws ecs run-task --task-definition webserver --launch-type FARGATE --network-configuration "awsvpcConfiguration={subnets=[subnet-0b2c3d4e5f6071829],assignPublicIp=ENABLED}"';
    const register = (cpu: number, memory: number): string =>
      `aws ecs register-task-definition --family webserver --requires-compatibilities FARGATE --network-mode awsvpc --cpu ${cpu} --memory ${memory} --container-definitions name=web,image=nginx,memory=100,cpu=99`;
    expect(solvedAfter('task-definitions/fix-the-seed', [register(256, 512), run, 'sleep 1m'])).toBe(true);
    const byDefaultStrategy = run.replace(' --launch-type FARGATE', '');
    expect(
      solvedAfter('task-definitions/fix-the-seed', [register(256, 512), byDefaultStrategy, 'sleep 1m']),
    ).toBe(true);
    expect(solvedAfter('task-definitions/fix-the-seed', [register(512, 1024), run, 'sleep 1m'])).toBe(false);
  });

  it('a task that has just started does not count as staying up', () => {
    const d = drill('ecs-failure-drills/essential-container-exits');
    const { state } = playLines(d.preset, []);
    expect(d.check(state).find((c) => c.label.startsWith('Its tasks stay up'))?.met).toBe(false);
    expect(privateImage('web', '1.6.0')).toContain('.dkr.ecr.');
  });
});
