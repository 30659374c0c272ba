/** A Deployment manifest as a learner would write it: one container with CPU and memory requests. */
export function deploymentYaml(spec: {
  readonly name: string;
  readonly replicas: number;
  readonly cpu: string;
  readonly memory: string;
  readonly nodeSelector?: Readonly<Record<string, string>>;
}): string {
  const selector = Object.entries(spec.nodeSelector ?? {});
  return [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${spec.name}`,
    'spec:',
    `  replicas: ${spec.replicas}`,
    '  selector:',
    '    matchLabels:',
    `      app: ${spec.name}`,
    '  template:',
    '    metadata:',
    '      labels:',
    `        app: ${spec.name}`,
    '    spec:',
    ...(selector.length === 0
      ? []
      : ['      nodeSelector:', ...selector.map(([key, value]) => `        ${key}: ${value}`)]),
    '      containers:',
    `        - name: ${spec.name}`,
    '          image: nginx:1.27',
    '          resources:',
    '            requests:',
    `              cpu: ${spec.cpu}`,
    `              memory: ${spec.memory}`,
    '',
  ].join('\n');
}

/** `1500m` → 1500, `1` → 1000; `512Mi` → 512, `2Gi` → 2048: for the question's words. */
export const millicores = (cpu: string) =>
  cpu.endsWith('m') ? Number(cpu.slice(0, -1)) : Number(cpu) * 1000;
export const mebibytes = (memory: string) =>
  memory.endsWith('Gi') ? Number(memory.slice(0, -2)) * 1024 : Number(memory.slice(0, -2));
