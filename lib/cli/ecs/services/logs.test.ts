import { describe, expect, it } from 'vitest';
import { initEcsState } from '../../../sim/ecs/init';
import type { EcsState } from '../../../sim/ecs/types';
import { tokenize } from '../../tokenize';
import { NO_FILES } from '../../types';
import { awsProgram } from '../aws-program';
import { ecsConsole } from '../ecs-console-driver';
import { sinceMs, tailLine } from './logs';

const STREAM = 'ecs/web/0123456789abcdef0123456789abcdef';

/** A state with log events at 1 min, 12.345 s past 5 min, and 20 min. */
function withLogs(): EcsState {
  return {
    ...initEcsState(1),
    now: 25 * 60_000,
    logGroups: ['/ecs/web'],
    logs: [
      { at: 60_000, group: '/ecs/web', stream: STREAM, message: 'starting' },
      { at: 5 * 60_000 + 12_345, group: '/ecs/web', stream: STREAM, message: 'GET / 200' },
      { at: 20 * 60_000, group: '/ecs/web', stream: 'ecs/worker/x', message: 'tick' },
    ],
  };
}

function print(line: string, state: EcsState) {
  const tokens = tokenize(line);
  if (!tokens.ok) throw new Error(tokens.error);
  const result = awsProgram.run(tokens.tokens.slice(1), state, NO_FILES);
  if (result.kind !== 'print') throw new Error('dispatched');
  return result;
}

describe('tailLine', () => {
  it("prints aws logs tail's detailed line: isoformat timestamp, stream, message", () => {
    expect(tailLine({ at: 12_345, group: 'g', stream: STREAM, message: 'hi' }, 'detailed')).toBe(
      `2025-01-06T09:00:12.345000+00:00 ${STREAM} hi`,
    );
    // isoformat(timespec='microseconds') keeps the fraction on a whole second.
    expect(tailLine({ at: 12_000, group: 'g', stream: STREAM, message: 'hi\n' }, 'detailed')).toBe(
      `2025-01-06T09:00:12.000000+00:00 ${STREAM} hi`,
    );
    expect(tailLine({ at: 12_345, group: 'g', stream: STREAM, message: 'hi' }, 'short')).toBe(
      '2025-01-06T09:00:12 hi',
    );
  });
});

describe('sinceMs', () => {
  it('reads one number and one unit', () => {
    expect(sinceMs('10m')).toBe(600_000);
    expect(sinceMs('2h')).toBe(7_200_000);
    expect(sinceMs('5h30m')).toBeNull();
  });
});

describe('aws logs tail', () => {
  it('prints the last 10 minutes by default, and more with --since', () => {
    expect(print('aws logs tail /ecs/web', withLogs()).output).toBe(
      '2025-01-06T09:20:00.000000+00:00 ecs/worker/x tick',
    );
    expect(
      print('aws logs tail /ecs/web --since 30m --log-stream-name-prefix ecs/web', withLogs()).output,
    ).toBe(
      [
        `2025-01-06T09:01:00.000000+00:00 ${STREAM} starting`,
        `2025-01-06T09:05:12.345000+00:00 ${STREAM} GET / 200`,
      ].join('\n'),
    );
  });

  it('prints what exists for --follow, then says the console cannot stream', () => {
    const out = print('aws logs tail /ecs/web --follow', withLogs()).output.split('\n');
    expect(out[1]).toMatch(/^Dockyard: this console cannot stream/);
  });

  it("answers an unknown group in CloudWatch Logs' words, and a missing group name as the CLI does", () => {
    expect(print('aws logs tail /nope', withLogs()).output).toMatch(
      /^An error occurred \(ResourceNotFoundException\) when calling the FilterLogEvents operation: The specified log group does not exist\.\n/,
    );
    expect(print('aws logs tail', withLogs()).output).toContain(
      'aws: error: the following arguments are required: group_name',
    );
  });
});

describe('aws logs create-log-group, describe-log-groups and get-log-events', () => {
  it('creates a group once; the second time is ResourceAlreadyExistsException', () => {
    const sim = ecsConsole().setup('aws logs create-log-group --log-group-name /ecs/web');
    expect(sim.type('aws logs describe-log-groups').json()).toMatchObject({
      logGroups: [
        { logGroupName: '/ecs/web', arn: 'arn:aws:logs:us-east-1:123456789012:log-group:/ecs/web:*' },
      ],
    });
    expect(sim.type('aws logs create-log-group --log-group-name /ecs/web').toolOutput()).toBe(
      'An error occurred (ResourceAlreadyExistsException) when calling the CreateLogGroup operation: The specified log group already exists',
    );
  });

  it('reads one stream with epoch-millisecond timestamps', () => {
    const json = JSON.parse(
      print(`aws logs get-log-events --log-group-name /ecs/web --log-stream-name ${STREAM}`, withLogs())
        .output,
    ) as { events: { timestamp: number; message: string }[] };
    expect(json.events.map((event) => event.message)).toEqual(['starting', 'GET / 200']);
    expect(json.events[0]?.timestamp).toBe(Date.UTC(2025, 0, 6, 9, 1, 0));
  });
});
