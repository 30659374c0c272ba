import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fuzzRuns, fuzzTimeout } from '@/lib/testing/fuzz-runs';
import { createSession } from '../sim/core/session';
import { vmEngine } from '../sim/vm/engine';
import { runConsoleLine } from './run-console-line';
import { vmCli } from './vm/vm-cli';
import { vmConsole } from './vm/vm-console-driver';

describe('runConsoleLine', () => {
  it('does nothing for an empty line or a comment', () => {
    const start = vmConsole();
    for (const line of ['', '   ', '# just a note']) {
      const after = start.type(line);
      expect(after.output).toBe('');
      expect(after.isError).toBe(false);
      expect(after.session).toBe(start.session);
    }
  });

  it('lets simulated time pass with sleep, bash style', () => {
    expect(vmConsole().type('sleep 5').state.now).toBe(5000);
    expect(vmConsole().type('sleep 2m').state.now).toBe(120_000);
    expect(vmConsole().type('sleep 1.5s').state.now).toBe(1500);
  });

  it('lists what this simulator understands on help, saying traffic is the simulator’s load generator', () => {
    const help = vmConsole().type('help').output;
    expect(help).toContain('docker run -d');
    expect(help).toContain('aws ec2 run-instances');
    expect(help).toContain('traffic [RPS]');
    expect(help).toContain('load generator (not a real command)');
    expect(help).toContain('sleep N[s|m|h|d]');
  });

  it('leaves clear to the browser console', () => {
    expect(vmConsole().type('clear')).toMatchObject({ output: '', isError: false });
  });

  it('answers an unknown command like bash, then says what to do in a Dockyard line', () => {
    expect(vmConsole().type('kubectl get pods')).toMatchObject({
      output:
        'bash: kubectl: command not found\nDockyard: kubectl is not part of this simulator. Type help for what this console understands.',
      isError: true,
    });
  });

  it('suggests the program a typo meant', () => {
    expect(vmConsole().type('dokcer ps').output).toBe(
      'bash: dokcer: command not found\nDockyard: did you mean "docker"? Type help for what this console understands.',
    );
    expect(vmConsole().type('asw ec2 describe-instances').hint()).toMatch(/^Dockyard: did you mean "aws"\?/);
    // `for` is syntax, not a program to suggest.
    expect(vmConsole().type('foo').hint()).toMatch(/^Dockyard: foo is not part of this simulator/);
  });

  it('gives a loop’s repeated error its hint only once', () => {
    const sim = vmConsole().type('for i in {1..3}; do dokcer ps; done');
    expect(sim.lines().filter((l) => l === 'bash: dokcer: command not found')).toHaveLength(3);
    expect(sim.lines().filter((l) => l.startsWith('Dockyard: '))).toHaveLength(1);
  });

  it('adds a hint after bash’s and sleep’s own errors', () => {
    expect(vmConsole().type('echo "hi').hint()).toBe('Dockyard: close the " quote and run the line again.');
    expect(vmConsole().type('sleep soon').hint()).toBe(
      'Dockyard: give a number of seconds, or add m or h: sleep 30, sleep 2m.',
    );
  });

  it('logs the line that produced each command, so transcripts and share links read naturally', () => {
    const sim = vmConsole().type('traffic 300');
    expect(sim.session.log).toEqual([
      { at: 0, command: { type: 'SetTraffic', rps: 300 }, line: 'traffic 300' },
    ]);
  });

  it('runs a for loop one command per iteration, logging each expanded line', () => {
    const sim = vmConsole().type('for i in {1..3}; do docker run -d --name web-$i nginx; done');
    expect(sim.state.containers.map((c) => c.name)).toEqual(['web-1', 'web-2', 'web-3']);
    expect(sim.session.log.map((e) => e.line)).toEqual([
      'docker run -d --name web-1 nginx',
      'docker run -d --name web-2 nginx',
      'docker run -d --name web-3 nginx',
    ]);
  });

  it(
    'never throws and never changes the state on arbitrary text',
    () => {
      const session = createSession(vmEngine, 1);
      const words = fc.constantFrom(
        'docker',
        'aws',
        'ec2',
        'run',
        '-d',
        '-p',
        'ps',
        'rm',
        '-f',
        'stop',
        '"',
        "'",
        '|',
        'nginx',
        'traffic',
        'sleep',
        'for',
        'i',
        'in',
        '{1..3};',
        'do',
        'done',
        '--count',
        'run-instances',
        '--instance-ids',
        '-m',
        '8080:80',
        'x',
        'pull',
        'images',
        'stats',
        'dokcer',
        'ecs',
        'describe-instances',
        'terminate-instances',
        '--image-id',
        'ami-0abcdef1234567890',
        '--instance-type',
        't3.small',
        '--dry-run',
        '--name',
        'web',
      );
      const line = fc.oneof(
        fc.string(),
        fc.array(words, { maxLength: 8 }).map((w) => w.join(' ')),
      );
      fc.assert(
        fc.property(line, (text) => {
          const result = runConsoleLine(session, text, vmCli);
          expect(typeof result.output).toBe('string');
          // The catch-all inside runConsoleLine must never be what answered.
          expect(result.output).not.toMatch(/^Dockyard: internal error/);
          expect(vmEngine.checkInvariants?.(result.session.state)).toEqual([]);
          if (result.isError) {
            // Every error ends in (or is) our own line saying what to do next, after the tool's words.
            const lines = result.output.split('\n');
            const first = lines.findIndex((l) => l.startsWith('Dockyard: '));
            expect(first).toBeGreaterThanOrEqual(0);
            expect(lines.slice(0, first).some((l) => l.startsWith('Dockyard: '))).toBe(false);
            // A refused line may still be logged (docker creates a container it cannot start), but
            // a line the CLI itself rejects never reaches the engine.
            expect(
              result.session.log.length === 0 ||
                result.output.includes('Error response from daemon') ||
                result.output.includes('An error occurred'),
            ).toBe(true);
          }
        }),
        { numRuns: fuzzRuns() },
      );
    },
    fuzzTimeout(1),
  );

  it('leaves the state untouched when a line is rejected by the console itself', () => {
    const start = vmConsole().type('docker run -d --name web nginx');
    for (const line of [
      'docker run',
      'docker run -d -p abc:80 nginx',
      'aws ec2 terminate-instances',
      'sleep',
      'traffic x',
      'docker frob',
      'echo "',
    ]) {
      const after = start.type(line);
      expect(after.isError).toBe(true);
      expect(after.session).toBe(start.session);
    }
  });
});
