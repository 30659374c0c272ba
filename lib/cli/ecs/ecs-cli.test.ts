import { describe, expect, it } from 'vitest';
import { consoleHelp } from '../run-console-line';
import { ecsCli, ecsCompletions } from './ecs-cli';
import { clusterWithInstances, ecsConsole } from './ecs-console-driver';

describe('ecsCli', () => {
  it('is titled "Amazon ECS" and has the aws, docker, laptop, chaos, load and cost programs', () => {
    expect(ecsCli.title).toBe('Amazon ECS');
    expect(ecsCli.programs.map((program) => program.name)).toEqual(['aws', 'docker', 'laptop', 'chaos', 'load', 'cost']);
  });

  it("lists the lessons' aws commands in the console's help, each with a purpose", () => {
    const help = consoleHelp(ecsCli);
    expect(help).toContain('aws ecs run-task --task-definition FAMILY --count N   start standalone tasks');
    expect(help).toContain('aws logs tail GROUP --since 10m');
  });
});

describe('ecsCompletions', () => {
  it('offers services, then operations, then the options not used yet', () => {
    const state = ecsConsole().state;
    expect(ecsCompletions('aws e', state)).toEqual(['aws ec2 ', 'aws ecs ', 'aws elbv2 ']);
    expect(ecsCompletions('aws ecs run-t', state)).toEqual(['aws ecs run-task ']);
    const options = ecsCompletions('aws ecs run-task --task-definition web --c', state);
    expect(options).toContain('aws ecs run-task --task-definition web --cluster ');
    expect(options).toContain('aws ecs run-task --task-definition web --count ');
  });

  it('offers values from the state: clusters, families, task ids, instance types, the AMI parameter', () => {
    const sim = clusterWithInstances().setup(
      'aws ecs register-task-definition --family web --container-definitions name=web,image=nginx,memory=256',
      'aws ecs run-task --task-definition web',
    );
    const state = sim.state;
    expect(ecsCompletions('aws ecs list-tasks --cluster ', state)).toEqual([
      'aws ecs list-tasks --cluster default ',
    ]);
    expect(ecsCompletions('aws ecs run-task --task-definition w', state)).toEqual([
      'aws ecs run-task --task-definition web ',
      'aws ecs run-task --task-definition web:1 ',
    ]);
    const id = state.tasks[0]?.id ?? '';
    expect(ecsCompletions('aws ecs describe-tasks --tasks ', state)).toContain(
      `aws ecs describe-tasks --tasks ${id} `,
    );
    expect(ecsCompletions('aws ec2 run-instances --instance-type m5.x', state)).toEqual([
      'aws ec2 run-instances --instance-type m5.xlarge ',
    ]);
    expect(
      ecsCompletions('aws ec2 run-instances --image-id resolve:ssm:/aws/service/ecs/', state),
    ).toHaveLength(2);
    expect(ecsCompletions('aws ec2 describe-subnets --subnet-ids ', state)).toHaveLength(3);
  });

  it('offers the log groups for aws logs tail', () => {
    const state = ecsConsole().setup('aws logs create-log-group --log-group-name /ecs/web').state;
    expect(ecsCompletions('aws logs tail ', state)).toContain('aws logs tail /ecs/web ');
  });
});
