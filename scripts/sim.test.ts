import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs, runSimScript, simFromHeader } from './sim';

const example = (name: string) =>
  readFileSync(fileURLToPath(new URL(`./examples/${name}`, import.meta.url)), 'utf8');
/** The output printed after the line `$ <line>` (up to the next `$ `). */
function outputOf(transcript: string, line: string): string {
  const entry = `$ ${line}\n`;
  const start = transcript.indexOf(entry);
  if (start === -1) throw new Error(`line not in transcript: ${line}`);
  const from = start + entry.length;
  if (transcript.startsWith('$ ', from)) return '';
  const next = transcript.indexOf('\n$ ', from);
  return transcript.slice(from, next === -1 ? undefined : next);
}

/** A line's output without our `Dockyard:` hint lines: the real tool's own words. */
const toolPart = (output: string) =>
  output
    .split('\n')
    .filter((line) => !line.startsWith('Dockyard: ') && !line.startsWith('  aws '))
    .join('\n');

describe('parseArgs', () => {
  it('reads --seed, --sim, --events and the file', () => {
    expect(parseArgs(['--seed', '7', '--events', 'a.sim'])).toEqual({
      ok: true,
      options: { seed: 7, events: true, file: 'a.sim' },
    });
  });

  it('refuses unknown flags, a bad seed, an unknown simulator and a missing file', () => {
    expect(parseArgs(['--fast', 'a.sim'])).toEqual({ ok: false, error: 'unknown flag --fast' });
    expect(parseArgs(['--seed', 'x', 'a.sim'])).toMatchObject({
      ok: false,
      error: expect.stringContaining('--seed'),
    });
    expect(parseArgs(['--sim', 'nomad', 'a.sim'])).toMatchObject({
      ok: false,
      error: expect.stringContaining("unknown simulator 'nomad'"),
    });
    expect(parseArgs([])).toEqual({ ok: false, error: 'missing FILE' });
  });
});

describe('runSimScript', () => {
  const burst = runSimScript(example('burst.sim'), { seed: 1, sim: 'vm', events: false });

  it('echoes each non-blank line as "$ line" followed by its output', () => {
    expect(
      burst.startsWith(
        '$ # The burst: the same web app as VMs on a hypervisor and as containers on Docker.\n$ aws ec2 run-instances',
      ),
    ).toBe(true);
    expect(outputOf(burst, 'traffic 2000')).toBe('Load generator: 2,000 requests/s to both hosts');
    expect(outputOf(burst, 'sleep 2m')).toBe('');
  });

  it('prints docker ps with two running nginx containers before the burst', () => {
    const ps = outputOf(burst, 'docker ps').split('\n');
    expect(ps[0]).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  CREATED              STATUS              PORTS                                     NAMES',
    );
    expect(ps).toHaveLength(3);
    expect(ps[1]).toMatch(
      /^[0-9a-f]{12} {3}nginx {5}"\/docker-entrypoint\.…" {3}About a minute ago {3}Up About a minute {3}0\.0\.0\.0:8081->80\/tcp, \[::\]:8081->80\/tcp {3}web-2$/,
    );
  });

  it('starts the loop’s containers one at a time: some up, the rest still Created 5 s later', () => {
    const ps = outputOf(burst, 'docker ps -a').split('\n');
    expect(ps).toHaveLength(21);
    const up = ps.filter((row) => / Up (Less than a second|\d+ seconds?) /.test(row)).length;
    const waiting = ps.filter((row) => / Created {2,}/.test(row)).length;
    expect(up).toBeGreaterThanOrEqual(5);
    expect(waiting).toBeGreaterThan(0);
    expect(up + waiting).toBe(18);
  });

  it('has all 20 running two minutes later, from an image pulled once', () => {
    expect(outputOf(burst, 'docker stats --no-stream').split('\n')).toHaveLength(21);
    expect(outputOf(burst, 'docker images').split('\n')[1]).toMatch(
      /^nginx {8}latest {4}[0-9a-f]{12} {3}2 weeks ago {3}192MB$/,
    );
  });

  it('prints the events of each line with --events, as [mm:ss.mmm] message', () => {
    const withEvents = runSimScript(example('burst.sim'), { seed: 1, sim: 'vm', events: true });
    const afterSleep = outputOf(withEvents, 'sleep 2m').split('\n');
    expect(afterSleep[0]).toMatch(/^\[00:0\d\.\d{3}\] Digest: sha256:[0-9a-f]{64}$/);
    expect(afterSleep[1]).toMatch(/^\[00:0\d\.\d{3}\] Status: Downloaded newer image for nginx:latest$/);
    expect(afterSleep.filter((line) => line.includes('app ready, serving requests'))).toHaveLength(2);
    expect(outputOf(withEvents, 'traffic 200')).toBe(
      'Load generator: 200 requests/s to both hosts\n[02:00.000] Load generator: 200 requests/s to both hosts',
    );
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(runSimScript(example('burst.sim'), { seed: 1, sim: 'vm', events: true })).toBe(
      runSimScript(example('burst.sim'), { seed: 1, sim: 'vm', events: true }),
    );
    expect(runSimScript(example('burst.sim'), { seed: 2, sim: 'vm', events: false })).not.toBe(burst);
  });

  it('answers every mistake in errors.sim the way the real tools do, then with a Dockyard hint', () => {
    const errors = runSimScript(example('errors.sim'), { seed: 1, sim: 'vm', events: false });
    const entries = errors.split(/^\$ /m).filter((entry) => entry !== '' && !entry.startsWith('#'));
    // Every line of errors.sim fails, and each failure says what to do next.
    for (const entry of entries.filter(
      (e) => !e.startsWith('sleep 10') && !e.startsWith('docker run -d --name web -p'),
    )) {
      expect(entry).toMatch(/\nDockyard: /);
    }
    expect(outputOf(errors, 'foo')).toBe(
      'bash: foo: command not found\nDockyard: foo is not part of this simulator. Type help for what this console understands.',
    );
    expect(toolPart(outputOf(errors, 'docker foo'))).toBe(
      "docker: 'foo' is not a docker command.\nSee 'docker --help'",
    );
    expect(outputOf(errors, 'docker run -d nginxx')).toContain('pull access denied for nginxx');
    expect(outputOf(errors, 'docker run -d --name web nginx')).toContain(
      'Conflict. The container name "/web" is already in use',
    );
    expect(outputOf(errors, 'docker run -d --name web2 -p 8080:80 nginx')).toContain(
      'Bind for 0.0.0.0:8080 failed: port is already allocated.',
    );
    expect(toolPart(outputOf(errors, 'docker rm web'))).toBe(
      'Error response from daemon: cannot remove container "/web": container is running: stop the container before removing or force remove',
    );
    expect(toolPart(outputOf(errors, 'docker stop nosuch web'))).toBe(
      'Error response from daemon: No such container: nosuch\nweb',
    );
    expect(
      toolPart(outputOf(errors, 'aws ec2 terminate-instances')).endsWith(
        'aws: error: the following arguments are required: --instance-ids',
      ),
    ).toBe(true);
    expect(toolPart(outputOf(errors, 'aws ec2 terminate-instances --instance-ids i-123'))).toBe(
      'An error occurred (InvalidInstanceID.Malformed) when calling the TerminateInstances operation: Invalid id: "i-123"',
    );
    expect(
      outputOf(
        errors,
        'aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.large --count 8',
      ),
    ).toMatch(
      /^An error occurred \(InsufficientInstanceCapacity\) when calling the RunInstances operation: /,
    );
    expect(
      toolPart(outputOf(errors, 'aws ec2 describe-instances --bogus')).endsWith('Unknown options: --bogus'),
    ).toBe(true);
    expect(toolPart(outputOf(errors, 'sleep abc'))).toBe(
      "sleep: invalid time interval ‘abc’\nTry 'sleep --help' for more information.",
    );
    expect(toolPart(outputOf(errors, 'echo "unterminated'))).toBe(
      'bash: unexpected EOF while looking for matching `"\'',
    );
  });
});

describe('sim.ts (process)', () => {
  const run = (...args: string[]) =>
    spawnSync(
      process.execPath,
      ['--import', 'tsx', fileURLToPath(new URL('./sim.ts', import.meta.url)), ...args],
      { encoding: 'utf8' },
    );

  it('exits 2 with a usage message on an unknown flag or a missing file', () => {
    const bogus = run('--bogus', 'x.sim');
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain(
      'usage: npm run sim -- [--seed N] [--sim ID] [--preset ID] [--events] FILE',
    );
    expect(run('no-such-file.sim').status).toBe(2);
  });

  it('--preset starts where the browser opens that preset, printing its setup lines first', () => {
    const started = runSimScript('aws ecs list-services', {
      sim: 'ecs',
      events: false,
      preset: 'web-service',
    });
    expect(started).toMatch(/^\$ aws ecs create-cluster/);
    expect(started).toMatch(
      /\$ aws ecs list-services\n\{\n {4}"serviceArns": \[\n {8}"arn:aws:ecs:us-east-1:123456789012:service\/default\/web"/,
    );
    const unknown = run('--preset', 'nope', 'lib/cli/ecs/scripts/services.sim');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain(
      "sim: unknown preset 'nope' for ecs (known: empty-account, three-instances",
    );
  });

  it('prints the transcript of a file and exits 0', () => {
    const ok = run('--seed', '1', fileURLToPath(new URL('./examples/errors.sim', import.meta.url)));
    expect(ok.status).toBe(0);
    expect(ok.stdout.split('\n')[1]).toBe('$ foo');
  });
});

describe('simFromHeader', () => {
  it('reads `# sim: ID` from the first comment lines, and nothing after the first command', () => {
    expect(simFromHeader('# sim: ecs\naws ecs list-clusters')).toBe('ecs');
    expect(simFromHeader('\n# A title\n#  sim:  ecs \n')).toBe('ecs');
    expect(simFromHeader('docker ps\n# sim: ecs')).toBeUndefined();
    expect(simFromHeader('# no header here')).toBeUndefined();
  });
});
