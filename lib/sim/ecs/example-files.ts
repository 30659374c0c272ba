/**
 * The course's example files, readable in the browser console as `file://NAME` and opened by the
 * task-definition editor. `webserver.json` is the seed's task definition exactly as the study notes
 * print it (string `cpu`/`memory` inside the container, which the AWS CLI refuses);
 * `webserver-fixed.json` is the same definition with numbers, which registers.
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

export const ECS_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  'webserver.json': seedWebserver,
  'webserver-fixed.json': fixedWebserver,
};
