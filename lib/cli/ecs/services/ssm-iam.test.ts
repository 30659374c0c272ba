import { describe, expect, it } from 'vitest';
import { SSM_PARAMETERS } from '../../../sim/ecs/catalog';
import { ecsConsole } from '../ecs-console-driver';

const AMI_PARAMETER = '/aws/service/ecs/optimized-ami/amazon-linux-2023/recommended/image_id';

describe('aws ssm', () => {
  it('gets the ECS-optimized AMI parameter and lists unknown names under InvalidParameters', () => {
    const out = ecsConsole().type(`aws ssm get-parameters --names ${AMI_PARAMETER} /nope`);
    expect(out.json()).toEqual({
      Parameters: [
        {
          Name: AMI_PARAMETER,
          Type: 'String',
          Value: SSM_PARAMETERS[AMI_PARAMETER],
          Version: 1,
          LastModifiedDate: '2025-01-06T09:00:00+00:00',
          ARN: `arn:aws:ssm:us-east-1::parameter${AMI_PARAMETER}`,
          DataType: 'text',
        },
      ],
      InvalidParameters: ['/nope'],
    });
  });

  it('answers get-parameter for an unknown name with ParameterNotFound and an empty message', () => {
    expect(ecsConsole().type('aws ssm get-parameter --name /nope').toolOutput()).toBe(
      'An error occurred (ParameterNotFound) when calling the GetParameter operation: ',
    );
  });
});

describe('aws iam', () => {
  it('lists the policies attached to a role, and attaches one', () => {
    const sim = ecsConsole();
    expect(sim.type('aws iam list-attached-role-policies --role-name photoApiTaskRole').json()).toEqual({
      AttachedPolicies: [],
    });
    const attached = sim.type(
      'aws iam attach-role-policy --role-name photoApiTaskRole --policy-arn arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
    );
    expect(attached.output).toBe('');
    expect(attached.type('aws iam list-attached-role-policies --role-name photoApiTaskRole').json()).toEqual({
      AttachedPolicies: [
        { PolicyName: 'AmazonS3ReadOnlyAccess', PolicyArn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess' },
      ],
    });
  });

  it("answers an unknown role in IAM's words, with the roles there are", () => {
    const out = ecsConsole().type('aws iam get-role --role-name ecsInstanceRol');
    expect(out.toolOutput()).toBe(
      'An error occurred (NoSuchEntity) when calling the GetRole operation: The role with name ecsInstanceRol cannot be found.',
    );
    expect(out.hint()).toMatch(/^Dockyard: did you mean "ecsInstanceRole"\?/);
  });

  it('shows who may assume a role', () => {
    expect(ecsConsole().type('aws iam get-role --role-name ecsTaskExecutionRole').json()).toMatchObject({
      Role: {
        RoleName: 'ecsTaskExecutionRole',
        Arn: 'arn:aws:iam::123456789012:role/ecsTaskExecutionRole',
        AssumeRolePolicyDocument: { Statement: [{ Principal: { Service: 'ecs-tasks.amazonaws.com' } }] },
      },
    });
  });
});
