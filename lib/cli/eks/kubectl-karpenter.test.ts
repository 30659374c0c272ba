import { describe, expect, it } from 'vitest';
import { eksClusterConsole } from './eks-console-driver';

/** kubectl's view of Karpenter: its CRDs' printer columns, and no such resource type before it is installed. */
describe('kubectl get nodepools and nodeclaims', () => {
  it('knows no such resource type until Karpenter is installed', () => {
    expect(eksClusterConsole().type('kubectl get nodepools').output).toBe(
      'error: the server doesn\'t have a resource type "nodepools"',
    );
  });

  it('lists the NodePool and the NodeClaim Karpenter launched, READY Unknown until its node registers', () => {
    let sim = eksClusterConsole({ max: 2 })
      .setup('kubectl apply -f karpenter.yaml')
      .wait(30_000)
      .setup(
        'kubectl apply -f nodepool.yaml',
        'kubectl apply -f web.yaml',
        'kubectl scale deployment web --replicas=20',
      )
      .wait(5_000);
    expect(sim.type('kubectl get nodepools').output).toBe(
      ['NAME      NODECLASS   NODES   READY   AGE', 'default   default     0       True    5s'].join('\n'),
    );
    const [header, row] = sim.type('kubectl get nodeclaims').output.split('\n');
    expect(header).toMatch(/^NAME +TYPE +CAPACITY +ZONE +NODE +READY +AGE$/);
    expect(row).toMatch(/^default-\w{5} +c5\.xlarge +on-demand +us-east-1[abc] +Unknown +4s$/);
    sim = sim.wait(2 * 60_000);
    expect(sim.type('kubectl get nodeclaims').output.split('\n')[1]).toMatch(
      /^default-\w{5} +c5\.xlarge +on-demand +us-east-1[abc] +ip-192-168-\d+-\d+\.ec2\.internal +True +2m4s$/,
    );
  });
});
