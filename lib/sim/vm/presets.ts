import type { Preset } from '../core/types';
import { DEFAULT_AMI } from './figures';

/**
 * Named starting points. A preset is data: a seed and console lines run through the same session
 * a learner uses, so its history can be scrubbed like any other.
 */
export const VM_PRESETS: readonly Preset[] = [
  {
    id: 'sandbox',
    title: 'Sandbox',
    description:
      'Two identical empty hosts: a hypervisor for VMs and a Docker host for containers. Launch what you like.',
    seed: 1,
    setup: [],
  },
  {
    id: 'burst',
    title: 'Traffic burst',
    description:
      'Two VMs and two nginx containers are serving 200 requests/s. Raise the traffic to 2,000 (traffic 2000) and scale both sides to 20 replicas (aws ec2 run-instances … --count 18, and for i in {3..20}; do docker run -d --name web-$i nginx; done): which side catches up first?',
    seed: 7,
    setup: [
      `aws ec2 run-instances --image-id ${DEFAULT_AMI} --instance-type t3.small --count 2`,
      'docker run -d --name web-1 -p 8080:80 nginx',
      'docker run -d --name web-2 -p 8081:80 nginx',
      // The slowest VM is ready after 15 + 90 + 15 s (figures.ts), and the two containers start
      // one after the other within seconds of their pull, so 2 minutes is always enough.
      'sleep 2m',
      'traffic 200',
    ],
  },
  {
    id: 'density',
    title: 'Density',
    description:
      'The hypervisor host is full with 31 t3.small VMs; the container host runs 200 nginx containers on the same hardware and still has room for far more.',
    seed: 11,
    setup: [
      `aws ec2 run-instances --image-id ${DEFAULT_AMI} --instance-type t3.small --count 31`,
      'for i in $(seq 200); do docker run -d nginx:alpine; done',
      // The daemon starts one container at a time (at most 1 s each, after a pull of a few
      // seconds), so 200 starts can take up to about 3 min 25 s; the VMs are ready within 2 min.
      'sleep 4m',
    ],
  },
];
