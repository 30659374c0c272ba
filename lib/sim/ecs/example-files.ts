/**
 * The course's example files, readable in the browser console as `file://NAME` and opened by the
 * task-definition editor. `webserver.json` is the seed's task definition exactly as the study notes
 * print it (string `cpu`/`memory` inside the container, which the AWS CLI refuses);
 * `webserver-fixed.json` is the same definition with numbers, which registers. `site-task-1.0.json`
 * and `site-task-1.1.json` run the web site the learner builds and pushes to ECR (tags 1.0 and 1.1)
 * on Fargate, logging to /ecs/site, for the push-and-deploy scenario.
 */
const seedWebserver = `{
  "family": "webserver",
  "containerDefinitions": [ {
    "name": "web",
    "image": "nginx",
    "memory": "100",
    "cpu": "99"
  } ],
  "requiresCompatibilities": [ "FARGATE" ],
  "networkMode": "awsvpc",
  "memory": "512",
  "cpu": "256"
}
`;

const fixedWebserver = `{
  "family": "webserver",
  "containerDefinitions": [ {
    "name": "web",
    "image": "nginx",
    "memory": 100,
    "cpu": 99
  } ],
  "requiresCompatibilities": [ "FARGATE" ],
  "networkMode": "awsvpc",
  "memory": "512",
  "cpu": "256"
}
`;

/** The site's Fargate task definition naming one tag of the image pushed to this account's ECR. */
function siteTask(tag: string): string {
  return `{
  "family": "site",
  "requiresCompatibilities": [ "FARGATE" ],
  "networkMode": "awsvpc",
  "cpu": "256",
  "memory": "512",
  "executionRoleArn": "arn:aws:iam::123456789012:role/ecsTaskExecutionRole",
  "containerDefinitions": [ {
    "name": "site",
    "image": "123456789012.dkr.ecr.us-east-1.amazonaws.com/site:${tag}",
    "essential": true,
    "portMappings": [ { "containerPort": 80 } ],
    "logConfiguration": {
      "logDriver": "awslogs",
      "options": {
        "awslogs-group": "/ecs/site",
        "awslogs-region": "us-east-1",
        "awslogs-stream-prefix": "ecs"
      }
    }
  } ]
}
`;
}

export const ECS_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  'webserver.json': seedWebserver,
  'webserver-fixed.json': fixedWebserver,
  'site-task-1.0.json': siteTask('1.0'),
  'site-task-1.1.json': siteTask('1.1'),
};
