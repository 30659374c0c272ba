import type { Drill } from '../types';
import type { EcsState } from '../../sim/ecs/types';
import { awslogs, privateImage, registerTaskDefinition, webDefinition } from '../../sim/ecs/presets/lines';
import { ECR_REGISTRY, roleArn } from '../../sim/ecs/catalog';
import { deploymentSettled, runsDesiredCount, runsImageOf, tasksStayUp } from './checks';

/** "Why did my task stop?" drills where the task or its container fails as it starts. */

const FARGATE_WEB_WITH_EXECUTION_ROLE = {
  family: 'web',
  networkMode: 'awsvpc',
  requiresCompatibilities: ['FARGATE'],
  cpu: '256',
  memory: '512',
  executionRoleArn: roleArn('ecsTaskExecutionRole'),
  containerDefinitions: [
    {
      name: 'web',
      image: privateImage('web', '1.5.0'),
      essential: true,
      portMappings: [{ containerPort: 8080 }],
    },
  ],
};

export const privateImagePull: Drill<EcsState> = {
  id: 'ecs-failure-drills/private-image-pull',
  simulator: 'ecs',
  preset: 'drill-private-image-pull',
  title: 'The image will not pull',
  situation:
    'The new web service on Fargate has been stuck at 0 of 2 running for five minutes. Its tasks stop before the container ever starts, and the service now says it is unable to consistently start tasks.',
  goal: 'The web service running 2 of 2 tasks of the web image from the private ECR repository, staying up.',
  check: (state) => [
    runsDesiredCount(state, 'web', 2, 'The web service runs 2 of 2 tasks'),
    runsImageOf(state, 'web', `${ECR_REGISTRY}/web`, 'They run the web image from the private repository'),
    tasksStayUp(state, 'web', 'Its tasks stay up (each running for at least a minute)'),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'Stopped tasks stay listed for a while, each with the reason it stopped. Find one.',
    'aws ecs list-tasks --desired-status STOPPED, then aws ecs describe-tasks --tasks ID: the stoppedReason says which role was denied ecr:GetAuthorizationToken. Which field of the task definition names the role that pulls images?',
    'The task execution role pulls private images, and this definition names photo-api’s task role there. Register a revision of web with executionRoleArn arn:aws:iam::123456789012:role/ecsTaskExecutionRole and update the service to it.',
  ],
  solution: [
    {
      line: 'aws ecs list-tasks --desired-status STOPPED',
      why: 'The service’s stopped tasks; describe-tasks on one shows ResourceInitializationError: the registry auth call was denied.',
    },
    {
      line: 'aws ecs describe-task-definition --task-definition web',
      why: 'executionRoleArn is photoApiTaskRole, a task role with no ECR permissions; Fargate pulls the image with the execution role.',
    },
    {
      line: registerTaskDefinition(FARGATE_WEB_WITH_EXECUTION_ROLE),
      why: 'Revision 2 uses ecsTaskExecutionRole, whose AmazonECSTaskExecutionRolePolicy allows pulling from ECR.',
    },
    {
      line: 'aws ecs update-service --cluster default --service web --task-definition web',
      why: 'Deploys web:2; updating the service also ends the wait between start attempts.',
    },
    { line: 'sleep 3m', why: 'Fargate pulls the image with the right role and the tasks start.' },
    {
      line: 'aws ecs describe-services --services web',
      why: 'runningCount 2 of 2 and a completed deployment.',
    },
  ],
  skill: 'ecs-iam-roles',
};

export const essentialContainerExits: Drill<EcsState> = {
  id: 'ecs-failure-drills/essential-container-exits',
  simulator: 'ecs',
  preset: 'drill-essential-container-exits',
  title: 'Tasks that keep stopping',
  situation:
    'Since web:1.6.0 went out, the web service’s tasks start, stop a few seconds later and are replaced, over and over.',
  goal: 'The web service running 3 of 3 tasks that stay up.',
  check: (state) => [
    runsDesiredCount(state, 'web', 3, 'The web service runs 3 of 3 tasks'),
    tasksStayUp(state, 'web', 'Its tasks stay up (each running for at least a minute)'),
    deploymentSettled(state, 'web', 'One deployment, completed'),
  ],
  hints: [
    'The tasks do start, so ECS placed and launched them. What did the app itself say before it exited?',
    'describe-tasks on a stopped task shows stopCode EssentialContainerExited and exitCode 1 for the web container; aws logs tail /ecs/web shows the app’s last line.',
    'web 1.6.0 needs DATABASE_URL. Register a revision of web with an environment variable DATABASE_URL (or a secret of that name) and update the service to it.',
  ],
  solution: [
    {
      line: 'aws logs tail /ecs/web --since 5m',
      why: 'Every task logs "Error: DATABASE_URL is not set; refusing to start" and exits with code 1.',
    },
    {
      line: registerTaskDefinition(
        webDefinition({
          tag: '1.6.0',
          environment: [{ name: 'DATABASE_URL', value: 'postgres://web@db.internal:5432/web' }],
        }),
      ),
      why: 'Revision 2 gives the container the variable it needs (a secret from Secrets Manager would suit a password better).',
    },
    {
      line: 'aws ecs update-service --cluster default --service web --task-definition web',
      why: 'Deploys web:2 in a rolling update.',
    },
    { line: 'sleep 3m', why: 'The new tasks start and keep running; the old ones are stopped.' },
    {
      line: 'aws ecs describe-services --services web',
      why: 'runningCount 3 of 3, one completed deployment.',
    },
  ],
  skill: 'ecs-monitoring',
};

const PHOTO_API_WITH_TASK_ROLE = {
  family: 'photo-api',
  networkMode: 'bridge',
  requiresCompatibilities: ['EC2'],
  executionRoleArn: roleArn('ecsTaskExecutionRole'),
  taskRoleArn: roleArn('photoApiTaskRole'),
  containerDefinitions: [
    {
      name: 'photo-api',
      image: privateImage('photo-api', '1.0.0'),
      cpu: 256,
      memory: 512,
      essential: true,
      portMappings: [{ containerPort: 8080, hostPort: 0 }],
      logConfiguration: awslogs('/ecs/photo-api'),
    },
  ],
};

export const taskRoleAccessDenied: Drill<EcsState> = {
  id: 'ecs-failure-drills/task-role-access-denied',
  simulator: 'ecs',
  preset: 'drill-task-role-access-denied',
  title: 'AccessDenied in the logs',
  situation:
    'photo-api’s tasks stop a few seconds after they start and the service keeps starting new ones. Its logs are full of AccessDenied. The role photoApiTaskRole, which may read the bucket, already exists.',
  goal: 'photo-api running 2 of 2 tasks that stay up, calling S3 with its own task role rather than the instance role.',
  check: (state) => [
    runsDesiredCount(state, 'photo-api', 2, 'The photo-api service runs 2 of 2 tasks'),
    tasksStayUp(state, 'photo-api', 'Its tasks stay up (each running for at least a minute)'),
    {
      label: 'Its task definition names a task role',
      met: state.services.some(
        (s) =>
          s.name === 'photo-api' &&
          s.status === 'ACTIVE' &&
          state.taskDefinitions.find((d) => d.arn === s.taskDefinitionArn)?.taskRoleArn != null,
      ),
    },
    deploymentSettled(state, 'photo-api', 'One deployment, completed'),
  ],
  hints: [
    'The app got as far as calling S3. Whose credentials did it use?',
    'aws logs tail /ecs/photo-api shows assumed-role/ecsInstanceRole: with no task role, the SDK in the container falls back to the instance’s role. Look for taskRoleArn in aws ecs describe-task-definition --task-definition photo-api.',
    'Register a revision of photo-api with taskRoleArn arn:aws:iam::123456789012:role/photoApiTaskRole and update the service to it. Giving the instance role S3 access would let every task on those hosts read the bucket.',
  ],
  solution: [
    {
      line: 'aws logs tail /ecs/photo-api --since 5m',
      why: 'AccessDenied for assumed-role/ecsInstanceRole on s3:GetObject: the app fell back to the instance role.',
    },
    {
      line: 'aws ecs describe-task-definition --task-definition photo-api',
      why: 'No taskRoleArn in the definition.',
    },
    {
      line: 'aws iam list-attached-role-policies --role-name photoApiTaskRole',
      why: 'The app’s own role allows reading S3 (AmazonS3ReadOnlyAccess).',
    },
    {
      line: registerTaskDefinition(PHOTO_API_WITH_TASK_ROLE),
      why: 'Revision 2 names photoApiTaskRole as the task role: the app gets its credentials, and only this app does.',
    },
    {
      line: 'aws ecs update-service --cluster default --service photo-api --task-definition photo-api',
      why: 'Deploys photo-api:2.',
    },
    { line: 'sleep 3m', why: 'The new tasks load their albums and keep running; the old ones are replaced.' },
    {
      line: 'aws ecs describe-services --services photo-api',
      why: 'runningCount 2 of 2, one completed deployment.',
    },
  ],
  skill: 'ecs-iam-roles',
};
