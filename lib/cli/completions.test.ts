import { describe, expect, it } from 'vitest';
import { vmCompletions } from './vm/vm-cli';
import { vmConsole } from './vm/vm-console-driver';

describe('completions', () => {
  const empty = vmConsole().state;

  it('completes program names and built-ins on the first word', () => {
    expect(vmCompletions('do', empty)).toEqual(['docker ']);
    expect(vmCompletions('', empty)).toEqual(
      expect.arrayContaining(['aws ', 'docker ', 'traffic ', 'sleep ', 'help ']),
    );
  });

  it('completes docker subcommands and flags', () => {
    expect(vmCompletions('docker s', empty)).toEqual(['docker stats ', 'docker stop ']);
    expect(vmCompletions('docker run -', empty)).toEqual([
      'docker run --name ',
      'docker run -d ',
      'docker run -m ',
      'docker run -p ',
    ]);
    expect(vmCompletions('docker run -d ng', empty)).toEqual([
      'docker run -d nginx ',
      'docker run -d nginx:alpine ',
    ]);
  });

  it('completes container names and short ids from the state', () => {
    const state = vmConsole().type('docker run -d --name web nginx').wait(60_000).state;
    const id = state.containers[0]?.id.slice(0, 12) ?? '';
    expect(vmCompletions('docker stop w', state)).toEqual(['docker stop web ']);
    expect(vmCompletions('docker rm ', state)).toEqual(
      expect.arrayContaining(['docker rm -f ', 'docker rm web ', `docker rm ${id} `]),
    );
  });

  it('completes aws ec2 operations, parameters, instance types and instance ids', () => {
    expect(vmCompletions('aws ec2 ', empty)).toEqual([
      'aws ec2 describe-instances ',
      'aws ec2 run-instances ',
      'aws ec2 terminate-instances ',
    ]);
    expect(vmCompletions('aws ec2 run-instances --instance-type t3.m', empty)).toEqual([
      'aws ec2 run-instances --instance-type t3.medium ',
      'aws ec2 run-instances --instance-type t3.micro ',
    ]);
    const state = vmConsole().type(
      'aws ec2 run-instances --image-id ami-0abcdef1234567890 --instance-type t3.micro',
    ).state;
    const id = state.vms[0]?.id ?? '';
    expect(vmCompletions('aws ec2 terminate-instances --instance-ids i-', state)).toEqual([
      `aws ec2 terminate-instances --instance-ids ${id} `,
    ]);
  });

  it('offers nothing inside an open quote or after a pipe', () => {
    expect(vmCompletions('docker run "ng', empty)).toEqual([]);
    expect(vmCompletions('docker ps | gr', empty)).toEqual([]);
  });
});
