import { describe, expect, it } from 'vitest';
import { eksClusterConsole } from './eks-console-driver';
import { goDuration } from './kubectl-top';

/**
 * kubectl top as kubectl prints it (kubectl pkg/metricsutil/metrics_printer.go: node columns NAME
 * CPU(cores) CPU(%) MEMORY(bytes) MEMORY(%), pod columns NAME CPU(cores) MEMORY(bytes), CPU as
 * `%vm`, memory as `%vMi`), fed by metrics-server, which EKS does not install (EKS user guide,
 * "View resource usage with the Kubernetes Metrics Server").
 */

const withWeb = () => eksClusterConsole().setup('kubectl apply -f web.yaml').wait(30_000);

describe('kubectl top', () => {
  it('says the Metrics API is not there until metrics-server is installed', () => {
    const sim = withWeb();
    expect(sim.type('kubectl top nodes').output).toBe('error: Metrics API not available');
    expect(sim.type('kubectl top pods').output).toBe('error: Metrics API not available');
  });

  it('answers ServiceUnavailable while metrics-server starts, then "not available yet" until it has scraped twice', () => {
    let sim = withWeb().setup('kubectl apply -f metrics-server.yaml');
    expect(sim.type('kubectl top pods').output).toBe(
      'Error from server (ServiceUnavailable): the server is currently unable to handle the request (get pods.metrics.k8s.io)',
    );
    sim = sim.wait(10_000);
    expect(sim.type('kubectl top nodes').output).toBe('error: metrics not available yet');
    sim = sim.wait(30_000);
    const nodes = sim.type('kubectl top nodes').output.split('\n');
    expect(nodes[0]).toBe('NAME                           CPU(cores)   CPU(%)   MEMORY(bytes)   MEMORY(%)');
    expect(nodes.slice(1)).toHaveLength(2);
    for (const row of nodes.slice(1)) expect(row).toMatch(/^ip-192-168-\S+ +\d+m +\d+% +\d+Mi +\d+%$/);
  });

  it('lists pods with their CPU in millicores and memory in Mi, and -A adds the namespace', () => {
    const sim = withWeb()
      .setup('aws eks create-addon --cluster-name demo --addon-name metrics-server')
      .wait(60_000);
    const pods = sim.type('kubectl top pods').output.split('\n');
    expect(pods[0]).toMatch(/^NAME +CPU\(cores\) +MEMORY\(bytes\)$/);
    expect(pods.slice(1)).toHaveLength(3);
    for (const row of pods.slice(1)) expect(row).toMatch(/^web-\S+ +[12]m +1[2-5]Mi$/);
    const all = sim.type('kubectl top pods -A').output.split('\n');
    expect(all[0]).toMatch(/^NAMESPACE +NAME +CPU\(cores\) +MEMORY\(bytes\)$/);
    expect(all.some((row) => /^kube-system +metrics-server-/.test(row))).toBe(true);
    expect(sim.type('kubectl top pod nosuch').output).toBe(
      'Error from server (NotFound): pods "nosuch" not found',
    );
  });

  it('shows the CPU that chaos load costs: nginx serves 2,000 requests/s per vCPU, so 500 each is 250m', () => {
    const sim = withWeb()
      .setup('kubectl apply -f metrics-server.yaml', 'chaos load deployment/web 1500')
      .wait(60_000);
    const rows = sim.type('kubectl top pods').output.split('\n').slice(1);
    for (const row of rows) expect(row).toMatch(/^web-\S+ +25[12]m +\d+Mi$/);
    expect(sim.type('chaos load').output).toBe(
      [
        'TARGET           NAMESPACE   REQUESTS/S   READY PODS   PER POD',
        'deployment/web   default     1,500        3            500',
      ].join('\n'),
    );
  });

  it('prints a node whose kubelet stopped answering as <unknown>', () => {
    let sim = withWeb().setup('kubectl apply -f metrics-server.yaml').wait(60_000);
    const node = sim.state.nodes.find(
      (candidate) =>
        !sim.state.pods.some(
          (pod) => pod.nodeName === candidate.name && pod.labels['k8s-app'] === 'metrics-server',
        ),
    );
    sim = sim.setup(`chaos fail-node ${node?.name ?? ''}`).wait(30_000);
    expect(sim.type('kubectl top nodes').output).toContain(
      `${node?.name ?? ''}   <unknown>    <unknown>   <unknown>       <unknown>`,
    );
  });

  it('refuses load on a Deployment that does not exist, naming the ones that do', () => {
    const sim = withWeb().type('chaos load deployment/wbe 100');
    expect(sim.isError).toBe(true);
    expect(sim.output).toContain('chaos load: no Deployment named wbe in namespace default');
    expect(sim.output).toContain('did you mean "web"?');
  });
});

describe('goDuration', () => {
  it('writes a duration as Go does, for kubectl top pod\'s "age:"', () => {
    expect(goDuration(5_000)).toBe('5s');
    expect(goDuration(153_000)).toBe('2m33s');
    expect(goDuration(153_500)).toBe('2m33.5s');
    expect(goDuration(3_605_000)).toBe('1h0m5s');
  });
});

describe('aws eks create-addon', () => {
  it('installs metrics-server as an EKS add-on: CREATING until its pod is Ready, then ACTIVE', () => {
    let sim = eksClusterConsole().type(
      'aws eks create-addon --cluster-name demo --addon-name metrics-server',
    );
    const created = JSON.parse(sim.output) as { addon: Record<string, unknown> };
    expect(created.addon).toMatchObject({
      addonName: 'metrics-server',
      clusterName: 'demo',
      status: 'CREATING',
    });
    expect(String(created.addon['addonArn'])).toMatch(
      /^arn:aws:eks:us-east-1:123456789012:addon\/demo\/metrics-server\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
    );
    sim = sim.wait(30_000).type('aws eks describe-addon --cluster-name demo --addon-name metrics-server');
    expect(JSON.parse(sim.output)).toMatchObject({ addon: { status: 'ACTIVE' } });
    expect(sim.type('aws eks create-addon --cluster-name demo --addon-name metrics-server').output).toBe(
      'An error occurred (ResourceInUseException) when calling the CreateAddon operation: Addon already exists.',
    );
    expect(JSON.parse(sim.type('aws eks list-addons --cluster-name demo').output)).toEqual({
      addons: ['metrics-server'],
    });
  });
});
