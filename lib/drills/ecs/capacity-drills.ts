import type { Drill, GoalCheck } from '../types';
import type { EcsState } from '../../sim/ecs/types';
import { registerTaskDefinition, webDefinition } from '../../sim/ecs/presets/lines';
import { deploymentSettled, goalCheck, runsDesiredCount, targetsHealthy, tasksStayUp } from './checks';

/** Drills where ECS has nowhere to put a task: no container instances, no free port, not enough memory. */

function registeredInstances(state: EcsState): GoalCheck {
  return goalCheck(
    'Container instances are registered in cluster default with a connected agent',
    state.containerInstances.some(
      (ci) => ci.cluster === 'default' && ci.status === 'ACTIVE' && ci.agentConnected,
    ),
  );
}

export const agentCannotRegister: Drill<EcsState> = {
  id: 'ecs-failure-drills/agent-cannot-register',
  simulator: 'ecs',
  preset: 'drill-agent-cannot-register',
  title: 'Instances that never join the cluster',
  situation:
    'We launched three instances for the web service ten minutes ago and EC2 says they are running, but the service is still at 0 of 3 running and the cluster has no container instances.',
  goal: 'Container instances registered in cluster default, and the web service running 3 of 3 tasks that stay up.',
  check: (state) => [
    registeredInstances(state),
    runsDesiredCount(state, 'web', 3, 'The web service runs 3 of 3 tasks'),
    tasksStayUp(state, 'web', 'Its tasks stay up (each running for at least a minute)'),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'ECS places tasks only on container instances, and this cluster has none. What does an EC2 instance need before its ECS agent can register?',
    'Look at the instance profile the instances run with (aws ec2 describe-instances) and at the policies of that role (aws iam list-attached-role-policies --role-name ssmOnlyInstanceRole).',
    'ssmOnlyInstanceRole has no ECS permissions, so the agent cannot call ecs:RegisterContainerInstance. Attach AmazonEC2ContainerServiceforEC2Role to it with aws iam attach-role-policy (the agents retry by themselves), or launch instances with --iam-instance-profile Name=ecsInstanceRole.',
  ],
  solution: [
    {
      line: 'aws ecs list-container-instances',
      why: 'Empty: no ECS agent has registered, so the service has nowhere to place its tasks.',
    },
    {
      line: 'aws ec2 describe-instances',
      why: 'The three instances are running, with the instance profile ssmOnlyInstanceRole.',
    },
    {
      line: 'aws iam list-attached-role-policies --role-name ssmOnlyInstanceRole',
      why: 'Only AmazonSSMManagedInstanceCore: the agent’s calls to ECS are denied, so it cannot register.',
    },
    {
      line: 'aws iam attach-role-policy --role-name ssmOnlyInstanceRole --policy-arn arn:aws:iam::aws:policy/service-role/AmazonEC2ContainerServiceforEC2Role',
      why: 'The managed policy for container instances lets the agent register and poll ECS. The agents keep retrying, so the instances need no restart.',
    },
    {
      line: 'sleep 3m',
      why: 'The agents register on their next attempt, then the service places its three tasks.',
    },
    {
      line: 'aws ecs describe-services --services web',
      why: 'runningCount 3 of desiredCount 3, and a steady state event.',
    },
  ],
  skill: 'ecs-iam-roles',
};

export const portConflict: Drill<EcsState> = {
  id: 'ecs-failure-drills/port-conflict',
  simulator: 'ecs',
  preset: 'drill-port-conflict',
  title: 'The fourth task',
  situation:
    'The web service should run 4 tasks for the launch, but it has been stuck at 3 of 4 running for five minutes, exactly one per container instance.',
  goal: 'Four tasks of the web service running and healthy behind the load balancer. Lowering the desired count does not count: the launch needs four.',
  check: (state) => [
    runsDesiredCount(state, 'web', 4, 'The web service runs all its desired tasks, at least 4'),
    targetsHealthy(state, 'web', 'Every running task is a healthy target in web-tg'),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'The service tried to place the fourth task and said why it could not. Where does a service write that?',
    'aws ecs describe-services --services web: the closest matching container instance "is already using a port required by your task". Now read portMappings in aws ecs describe-task-definition --task-definition web.',
    'hostPort 80 allows one copy per instance. Register a revision with "hostPort": 0 (a dynamic host port; the target group registers whichever port the task gets) and update the service to it, or launch a fourth container instance.',
  ],
  solution: [
    {
      line: 'aws ecs describe-services --services web',
      why: 'The event says the closest container instance is already using a port required by the task.',
    },
    {
      line: 'aws ecs describe-task-definition --task-definition web',
      why: 'Container port 8080 is mapped to host port 80: each instance can hold only one such task.',
    },
    {
      line: registerTaskDefinition(webDefinition({ tag: '1.5.0', hostPort: 0 })),
      why: 'Revision 2 asks for a dynamic host port, so several copies fit on one instance; the load balancer finds each one by the port it registered.',
    },
    {
      line: 'aws ecs update-service --cluster default --service web --task-definition web',
      why: 'The family alone means its latest ACTIVE revision, web:2: a rolling update replaces the tasks.',
    },
    {
      line: 'sleep 5m',
      why: 'New tasks start and pass their health checks, then the old ones drain and stop.',
    },
    {
      line: 'aws elbv2 describe-target-health --target-group-arn arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/8cff33abbd4f9751',
      why: 'Four healthy targets, on ports from the dynamic range.',
    },
  ],
  skill: 'ecs-services-placement',
};

export const insufficientMemory: Drill<EcsState> = {
  id: 'ecs-failure-drills/insufficient-memory',
  simulator: 'ecs',
  preset: 'drill-insufficient-memory',
  title: 'Nowhere to put it',
  situation:
    'The new web service has been at 0 of 2 running since it was created. Its task definition gives the container 8192 MiB because "the instances have 8 GiB", and the three m5.large container instances sit idle.',
  goal: 'The web service running 2 of 2 tasks that stay up.',
  check: (state) => [
    runsDesiredCount(state, 'web', 2, 'The web service runs 2 of 2 tasks'),
    tasksStayUp(state, 'web', 'Its tasks stay up (each running for at least a minute)'),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'The service has written down why it cannot place the tasks. Which resource is short?',
    '"has insufficient memory available": compare the container’s memory in aws ecs describe-task-definition --task-definition web with the MEMORY an instance registered (aws ecs list-container-instances, then aws ecs describe-container-instances). An 8 GiB instance registers less than 8192 MiB.',
    'Register a revision with the memory the app needs (it uses about 180 MiB, so 512 is plenty) and update the service to it, or add container instances with more memory, such as m5.xlarge.',
  ],
  solution: [
    {
      line: 'aws ecs describe-services --services web',
      why: 'The closest matching container instance has insufficient memory available.',
    },
    {
      line: 'aws ecs describe-task-definition --task-definition web',
      why: 'The container reserves 8192 MiB; an m5.large registers 7985 MiB, what the OS reports, not the nominal 8 GiB.',
    },
    {
      line: registerTaskDefinition(webDefinition({ tag: '1.5.0', memory: 512 })),
      why: 'Revision 2 reserves 512 MiB, more than the app uses and small enough for many copies per instance.',
    },
    {
      line: 'aws ecs update-service --cluster default --service web --task-definition web',
      why: 'Deploys web:2, the latest revision of the family.',
    },
    { line: 'sleep 3m', why: 'The scheduler places the tasks and they start.' },
    {
      line: 'aws ecs describe-services --services web',
      why: 'runningCount 2 of 2 and a completed deployment.',
    },
  ],
  skill: 'ecs-services-placement',
};
