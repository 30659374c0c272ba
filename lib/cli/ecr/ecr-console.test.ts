import { describe, expect, it } from 'vitest';
import { drive, LOGIN } from '../../sim/ecr/testing/ecr-session';

/** The ECR console's own rules: the one pipe, month-long sleeps, docker's usage errors. */
describe('ECR console', () => {
  it('feeds get-login-password into docker login through the pipe', () => {
    expect(drive([LOGIN]).last).toEqual({ output: 'Login Succeeded', isError: false });
  });

  it('refuses docker login --password-stdin with nothing piped in', () => {
    const { last } = drive(['docker login --username AWS --password-stdin 123456789012.dkr.ecr.us-east-1.amazonaws.com']);
    expect(last.output).toBe('Error: Cannot perform an interactive login from a non TTY device');
  });

  it('refuses a pipe whose left side changes state', () => {
    const { last } = drive(['aws ecr create-repository --repository-name web | docker login --password-stdin x']);
    expect(last.output).toContain('only a command that prints');
  });

  it('lets a sleep last up to a month, not more', () => {
    expect(drive(['sleep 30d']).last.isError).toBe(false);
    expect(drive(['sleep 40d']).last.output).toContain('at most 31d');
  });

  it('prints docker’s usage error for a push without an image', () => {
    expect(drive(['docker push']).last.output).toContain('"docker push" requires exactly 1 argument.');
  });

  it('prints the AWS CLI’s error for an unknown ecr operation, with a suggestion', () => {
    expect(drive(['aws ecr create-repo --repository-name web']).last.output).toContain("argument operation: Invalid choice: 'create-repo'");
  });

  it('lists pushed images with their digests', () => {
    const { last } = drive(['docker build -t web:1.0 .', 'docker images --digests']);
    expect(last.output.split('\n')[0]).toMatch(/^REPOSITORY\s+TAG\s+DIGEST\s+IMAGE ID\s+CREATED\s+SIZE$/);
  });
});
