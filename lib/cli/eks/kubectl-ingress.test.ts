import { describe, expect, it } from 'vitest';
import { eksClusterConsole } from './eks-console-driver';

/**
 * kubectl's view of load balancers: `get svc` shows `<pending>` until AWS has made one,
 * `get ingress` (NAME CLASS HOSTS ADDRESS PORTS AGE, as in the EKS user guide's ALB example) an
 * empty ADDRESS until the ALB exists, and `describe svc` the annotations (`key: value`, sorted).
 */

const web = () =>
  eksClusterConsole()
    .setup('kubectl apply -f web.yaml', 'kubectl expose deployment web --port=80')
    .wait(30_000);

describe('kubectl and the AWS Load Balancer Controller', () => {
  it('shows a Service waiting for the controller as <pending>', () => {
    const sim = web()
      .setup('kubectl apply -f web-nlb.yaml')
      .wait(3 * 60_000);
    expect(sim.type('kubectl get svc web-nlb').output.split('\n')[1]).toMatch(
      /^web-nlb +LoadBalancer +10\.100\.\d+\.\d+ +<pending> +80:3\d{4}\/TCP +3m$/,
    );
  });

  it('lists an Ingress with its ALB address once the controller has made it', () => {
    let sim = web().setup('kubectl apply -f web-ingress.yaml');
    expect(sim.type('kubectl get ingress').output).toBe(
      ['NAME   CLASS   HOSTS   ADDRESS   PORTS   AGE', 'web    alb     *                 80      0s'].join(
        '\n',
      ),
    );
    sim = sim.setup('kubectl apply -f aws-load-balancer-controller.yaml').wait(3 * 60_000);
    const [header, row] = sim.type('kubectl get ing').output.split('\n');
    expect(header).toMatch(/^NAME +CLASS +HOSTS +ADDRESS +PORTS +AGE$/);
    expect(row).toMatch(
      /^web +alb +\* +k8s-default-web-[0-9a-f]{10}-\d{10}\.us-east-1\.elb\.amazonaws\.com +80 +3m$/,
    );
    expect(sim.type('kubectl delete ingress web').output).toBe('ingress.networking.k8s.io "web" deleted');
  });

  it('describes the annotations and says what the load balancer targets', () => {
    const sim = web()
      .setup('kubectl apply -f aws-load-balancer-controller.yaml')
      .wait(30_000)
      .setup('kubectl apply -f web-nlb.yaml')
      .wait(2 * 60_000);
    const text = sim.type('kubectl describe svc web-nlb').output;
    expect(text).toContain(
      [
        'Annotations:      service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip',
        '                  service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing',
        '                  service.beta.kubernetes.io/aws-load-balancer-type: external',
      ].join('\n'),
    );
    expect(text).toMatch(/Normal +SuccessfullyReconciled +\S+ +service +Successfully reconciled/);
    expect(text).toMatch(
      /Dockyard: the Network Load Balancer \(AWS Load Balancer Controller\) targets pod IPs directly: 192\.168\./,
    );
  });
});
