import type { Drill } from '../types';
import type { EcsState } from '../../sim/ecs/types';
import {
  deploymentSettled,
  definitionOf,
  findService,
  goalCheck,
  runningTasks,
  runsDesiredCount,
  targetsHealthy,
  tasksStayUp,
} from './checks';

/** Drills about where a task writes its logs and what the load balancer thinks of it. */

const UNHEALTHY_TG =
  'arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/web-tg/01e87d1a81652eac';

/** Every running task's containers send their logs with awslogs to a group that exists (no logs is no fix). */
function logsToExistingGroup(state: EcsState): boolean {
  const service = findService(state, 'web');
  const tasks = service === undefined ? [] : runningTasks(state, service);
  return (
    tasks.length > 0 &&
    tasks.every((task) =>
      (definitionOf(state, task)?.containerDefinitions ?? []).every((container) => {
        const logging = container.logConfiguration;
        const group = logging?.logDriver === 'awslogs' ? logging.options['awslogs-group'] : undefined;
        return group !== undefined && state.logGroups.includes(group);
      }),
    )
  );
}

export const missingLogGroup: Drill<EcsState> = {
  id: 'ecs-failure-drills/missing-log-group',
  simulator: 'ecs',
  preset: 'drill-missing-log-group',
  title: 'A task that never starts',
  situation:
    'Since the web service switched to a task definition that logs to /ecs/web-api, it has been at 0 of 3 running. Its tasks stop before the container starts, and now the service says it is unable to consistently start tasks.',
  goal: 'The web service running 3 of 3 tasks that stay up, writing their logs to a log group that exists.',
  check: (state) => [
    runsDesiredCount(state, 'web', 3, 'The web service runs 3 of 3 tasks'),
    tasksStayUp(state, 'web', 'Its tasks stay up (each running for at least a minute)'),
    goalCheck('Their awslogs log group exists', logsToExistingGroup(state)),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'The tasks never reach RUNNING. What is the stoppedReason of one of them?',
    'aws ecs list-tasks --desired-status STOPPED, then aws ecs describe-tasks --tasks ID: "failed to initialize logging driver … The specified log group does not exist." Compare with aws logs describe-log-groups.',
    'Create the group: aws logs create-log-group --log-group-name /ecs/web-api (or register a revision that logs to /ecs/web). The service now waits longer between attempts; aws ecs update-service --service web --force-new-deployment makes it try again at once.',
  ],
  solution: [
    {
      line: 'aws ecs list-tasks --desired-status STOPPED',
      why: 'Stopped tasks; describe-tasks on one shows CannotStartContainerError: the log group does not exist.',
    },
    { line: 'aws logs describe-log-groups', why: 'Only /ecs/web exists; the definition names /ecs/web-api.' },
    {
      line: 'aws logs create-log-group --log-group-name /ecs/web-api',
      why: 'Creates the group the task definition names, the one the stopped reason said does not exist.',
    },
    {
      line: 'aws ecs update-service --cluster default --service web --force-new-deployment',
      why: 'After repeated failures the scheduler waits longer between attempts; a new deployment resets that wait.',
    },
    { line: 'sleep 3m', why: 'The new tasks start, and their containers log to /ecs/web-api.' },
    { line: 'aws ecs describe-services --services web', why: 'runningCount 3 of 3.' },
  ],
  skill: 'ecs-monitoring',
};

export const unhealthyTargets: Drill<EcsState> = {
  id: 'ecs-failure-drills/unhealthy-targets',
  simulator: 'ecs',
  preset: 'drill-unhealthy-targets',
  title: 'Replaced over and over',
  situation:
    'Ten minutes ago we deployed web:2 (image web:1.8.0). Its tasks start, get stopped and replaced again and again, and the deployment never finishes. The old tasks are still serving, for now.',
  goal: 'The web service running 3 of 3 tasks, all healthy in the load balancer’s target group, with one completed deployment.',
  check: (state) => [
    runsDesiredCount(state, 'web', 3, 'The web service runs 3 of 3 tasks'),
    targetsHealthy(state, 'web', 'Every running task is a healthy target in web-tg'),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'The containers keep running until they are stopped. Who decides to stop them, and why?',
    `aws elbv2 describe-target-health --target-group-arn ${UNHEALTHY_TG} shows the new targets unhealthy with "Health checks failed with these codes: [503]"; aws logs tail /ecs/web says why the app answers 503.`,
    'web:1.8.0 fails its health check whatever ECS does. Roll back to the last good revision: aws ecs update-service --service web --task-definition web:1.',
  ],
  solution: [
    {
      line: 'aws ecs describe-services --services web',
      why: 'Two deployments: web:2 IN_PROGRESS, and events saying its targets are unhealthy and its tasks stopped.',
    },
    {
      line: `aws elbv2 describe-target-health --target-group-arn ${UNHEALTHY_TG}`,
      why: 'The web:2 targets fail their health checks with HTTP 503; the web:1 ones are healthy.',
    },
    {
      line: 'aws logs tail /ecs/web --since 5m',
      why: 'Version 1.8.0 logs "health: cache warm-up failed, reporting 503 on /health".',
    },
    {
      line: 'aws ecs update-service --cluster default --service web --task-definition web:1',
      why: 'Deploys the last good revision; the failing web:2 tasks are stopped.',
    },
    { line: 'sleep 5m', why: 'The service settles on web:1, and its targets stay healthy.' },
    {
      line: `aws elbv2 describe-target-health --target-group-arn ${UNHEALTHY_TG}`,
      why: 'Three healthy targets.',
    },
  ],
  skill: 'ecs-deployments',
};
