import type { Preset } from '../core/types';
import { REGISTRY_HOST } from './figures';

/** Starting points for lessons and the full-screen simulator. */
const LOGIN = `aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin ${REGISTRY_HOST}`;
const WEB = `${REGISTRY_HOST}/web`;

/** Thirty days of releases: a prod tag and a dev tag every day, each re-push leaving an untagged image. */
function monthOfReleases(): string[] {
  const lines = ['aws ecr create-repository --repository-name web', LOGIN];
  for (let day = 1; day <= 30; day += 1) {
    const version = `1.${day}.0`;
    lines.push(
      LOGIN,
      `docker build -t ${WEB}:prod-${version} --label version=${version} .`,
      `docker push ${WEB}:prod-${version}`,
      `docker build -t ${WEB}:dev --label build=${day} .`,
      `docker push ${WEB}:dev`,
      'sleep 1d',
    );
  }
  return lines;
}

export const ECR_PRESETS: readonly Preset[] = [
  {
    id: 'empty',
    title: 'A laptop and an empty registry',
    description: 'Docker on an Intel laptop with the course’s small web site (Dockerfile, index.html), and an empty private registry in us-east-1.',
    seed: 1,
    setup: [],
  },
  {
    id: 'built',
    title: 'Built, not yet pushed',
    description: 'The web image is built on the laptop as web:1.0, and an empty repository named web waits in ECR with scan on push.',
    seed: 1,
    setup: ['aws ecr create-repository --repository-name web --image-scanning-configuration scanOnPush=true', 'docker build -t web:1.0 .'],
  },
  {
    id: 'immutable',
    title: 'An immutable repository',
    description: 'A repository with tag immutability on, 1.0 already pushed: try pushing a changed image as 1.0 again.',
    seed: 1,
    setup: [
      'aws ecr create-repository --repository-name web --image-tag-mutability IMMUTABLE',
      LOGIN,
      `docker build -t ${WEB}:1.0 .`,
      `docker push ${WEB}:1.0`,
    ],
  },
  {
    id: 'month',
    title: 'A month of releases',
    description: 'Thirty days of daily pushes: a prod-1.N.0 image and a re-pushed dev tag each day, so old untagged images pile up. Try the lifecycle policy in policy.json.',
    seed: 1,
    setup: monthOfReleases(),
  },
  {
    id: 'apple-silicon',
    title: 'An Apple silicon laptop',
    description: 'The laptop is arm64, so docker build makes arm64 images unless told --platform; x86_64 Fargate tasks cannot run them.',
    seed: 1,
    setup: ['laptop arch arm64', 'aws ecr create-repository --repository-name web', LOGIN],
  },
];
