import { describe, expect, it } from 'vitest';
import { accepted, ec2Request, fargateRequest, refusal, withContainers } from './taskdef-fixtures';

describe('validateTaskDefinition — container names and images', () => {
  it('refuses a missing or empty name and image (reference §2.4)', () => {
    expect(refusal(ec2Request({}, { name: undefined }))).toBe('Container.name should not be null or empty.');
    expect(refusal(ec2Request({}, { name: '' }))).toBe('Container.name should not be null or empty.');
    expect(refusal(ec2Request({}, { image: null }))).toBe('Container.image should not be null or empty.');
    expect(refusal(ec2Request({}, { image: '' }))).toBe('Container.image should not be null or empty.');
  });

  it('allows 255 letters, digits, hyphens and underscores in a name, nothing else (§2.2)', () => {
    expect(refusal(ec2Request({}, { name: 'web.app' }))).toBe('Container.name contains invalid characters.');
    expect(refusal(ec2Request({}, { name: 'a'.repeat(256) }))).toBe(
      'Container.name contains invalid characters.',
    );
    expect(refusal(ec2Request({}, { name: `Web_app-${'a'.repeat(247)}` }))).toBe('OK');
  });

  it('allows repo:tag, repo@sha256:digest and registry paths in an image, and refuses spaces (§2.2)', () => {
    expect(refusal(ec2Request({}, { image: 'public.ecr.aws/nginx/nginx:1.27' }))).toBe('OK');
    expect(refusal(ec2Request({}, { image: `nginx@sha256:${'a'.repeat(64)}` }))).toBe('OK');
    expect(refusal(ec2Request({}, { image: 'nginx latest' }))).toBe(
      'Container.image contains invalid characters.',
    );
  });

  it('refuses an empty container list and more than 10 containers (§2.4)', () => {
    expect(refusal(ec2Request({ containerDefinitions: [] }))).toBe('Container list cannot be empty.');
    expect(refusal(ec2Request({ containerDefinitions: undefined }))).toBe('Container list cannot be empty.');
    const eleven = Array.from({ length: 11 }, (_, i) => ({ name: `c${i}` }));
    expect(refusal(withContainers({ family: 'web' }, eleven))).toBe('Too many containers.');
    expect(refusal(withContainers({ family: 'web' }, eleven.slice(0, 10)))).toBe('OK');
  });

  it('refuses two containers with the same name (§2.4)', () => {
    expect(refusal(withContainers({ family: 'web' }, [{ name: 'a' }, { name: 'a' }]))).toBe(
      'Container names must be unique within a Task Definition.',
    );
  });
});

describe('validateTaskDefinition — memory and CPU on EC2', () => {
  it('needs memory or memoryReservation on each container when the task has no memory (§2.2)', () => {
    expect(refusal(ec2Request({}, { memory: undefined }))).toBe(
      "Invalid setting for container 'web'. At least one of 'memory' or 'memoryReservation' must be specified.",
    );
    expect(refusal(ec2Request({}, { memory: undefined, memoryReservation: 128 }))).toBe('OK');
    expect(refusal(ec2Request({ memory: '512' }, { memory: undefined }))).toBe('OK');
  });

  it('refuses memory below memoryReservation and accepts equal values (§2.4 note)', () => {
    expect(refusal(ec2Request({}, { memory: 128, memoryReservation: 256 }))).toBe(
      "Invalid setting for container 'web'. 'memory' must be greater than or equal to 'memoryReservation'.",
    );
    expect(refusal(ec2Request({}, { memory: 256, memoryReservation: 256 }))).toBe('OK');
  });

  it('refuses a container whose hard limit is above the task memory (§2.4)', () => {
    expect(refusal(ec2Request({ memory: '512' }, { memory: 1024 }))).toBe(
      "The 'memory' setting for container is greater than for the task",
    );
  });

  it('refuses reservations that add up to more than the task memory (§2.4)', () => {
    const request = withContainers({ family: 'web', memory: '512' }, [
      { name: 'a', memory: undefined, memoryReservation: 300 },
      { name: 'b', memory: undefined, memoryReservation: 300 },
    ]);
    expect(refusal(request)).toBe(
      "The sum of all container 'memoryReservation' values cannot be greater than the value of the task 'memory'.",
    );
  });

  it("refuses container cpu that adds up to more than the task cpu, and accepts exactly the task's (§2.2)", () => {
    const request = (cpu: number) =>
      withContainers({ family: 'web', cpu: '256' }, [
        { name: 'a', cpu },
        { name: 'b', cpu: 128 },
      ]);
    expect(refusal(request(129))).toBe(
      "The sum of all container 'cpu' values cannot be greater than the value of the task 'cpu'.",
    );
    expect(refusal(request(128))).toBe('OK');
  });

  it('refuses a container memory under 4 MiB and a negative cpu', () => {
    expect(refusal(ec2Request({}, { memory: 2 }))).toBe("Invalid 'memory' setting for container 'web'.");
    expect(refusal(ec2Request({}, { cpu: -1 }))).toBe("Invalid 'cpu' setting for container 'web'.");
  });
});

describe('validateTaskDefinition — port mappings', () => {
  const ports = (mode: string | undefined, portMappings: unknown[]) =>
    refusal(ec2Request(mode === undefined ? {} : { networkMode: mode }, { portMappings }));

  it('requires hostPort to be empty or equal to containerPort in awsvpc mode (§2.2)', () => {
    expect(ports('awsvpc', [{ containerPort: 80, hostPort: 8080 }])).toBe(
      'When networkMode=awsvpc, the host ports and container ports in port mappings must match.',
    );
    expect(ports('awsvpc', [{ containerPort: 80, hostPort: 80 }])).toBe('OK');
    expect(ports('awsvpc', [{ containerPort: 80 }])).toBe('OK');
  });

  it('requires the same in host mode', () => {
    expect(ports('host', [{ containerPort: 80, hostPort: 8080 }])).toBe(
      'When networkMode=host, the host ports and container ports in port mappings must match.',
    );
  });

  it('fills the host port in awsvpc and host mode, and keeps 0 (dynamic) in bridge mode (§2.2)', () => {
    const mapping = (mode: string) =>
      accepted(ec2Request({ networkMode: mode }, { portMappings: [{ containerPort: 80 }] }))
        .containerDefinitions[0]?.portMappings[0];
    expect(mapping('awsvpc')).toEqual({ containerPort: 80, hostPort: 80, protocol: 'tcp' });
    expect(mapping('host')).toEqual({ containerPort: 80, hostPort: 80, protocol: 'tcp' });
    expect(mapping('bridge')).toEqual({ containerPort: 80, hostPort: 0, protocol: 'tcp' });
  });

  it('accepts tcp and udp only', () => {
    expect(ports(undefined, [{ containerPort: 53, protocol: 'udp' }])).toBe('OK');
    expect(ports(undefined, [{ containerPort: 80, protocol: 'http' }])).toBe(
      "1 validation error detected: Value 'http' at 'containerDefinitions.1.member.portMappings.1.member.protocol' failed to satisfy constraint: Member must satisfy enum value set: [tcp, udp]",
    );
  });

  it("refuses a missing or out-of-range container port with AWS's containerPort message", () => {
    expect(ports(undefined, [{ hostPort: 80 }])).toBe("Invalid 'containerPort' setting for container 'web'.");
    expect(ports(undefined, [{ containerPort: 70000 }])).toBe(
      "Invalid 'containerPort' setting for container 'web'.",
    );
    expect(ports(undefined, [{ containerPort: 80, hostPort: 70000 }])).toBe(
      "Invalid 'hostPort' setting for container 'web'.",
    );
  });

  it('refuses the same static host port twice in a task, across containers', () => {
    const request = withContainers({ family: 'web' }, [
      { name: 'a', portMappings: [{ containerPort: 3000, hostPort: 3000 }] },
      { name: 'b', portMappings: [{ containerPort: 3001, hostPort: 3000 }] },
    ]);
    expect(refusal(request)).toBe("TCP host port '3000' is mapped multiple times in task.");
  });

  it('refuses two containers on one port in awsvpc mode, where they share the task ENI', () => {
    const request = withContainers({ family: 'web', networkMode: 'awsvpc' }, [
      { name: 'a', portMappings: [{ containerPort: 80 }] },
      { name: 'b', portMappings: [{ containerPort: 80 }] },
    ]);
    expect(refusal(request)).toBe("TCP host port '80' is mapped multiple times in task.");
  });

  it('lets two bridge containers each take port 80 with dynamic host ports, but not one container twice', () => {
    const two = withContainers({ family: 'web' }, [
      { name: 'a', portMappings: [{ containerPort: 80 }] },
      { name: 'b', portMappings: [{ containerPort: 80 }] },
    ]);
    expect(refusal(two)).toBe('OK');
    expect(ports(undefined, [{ containerPort: 80 }, { containerPort: 80, hostPort: 0 }])).toBe(
      "TCP container port '80' is mapped multiple times in container 'web'.",
    );
    expect(ports(undefined, [{ containerPort: 53 }, { containerPort: 53, protocol: 'udp' }])).toBe('OK');
  });

  it('refuses port mappings in none mode', () => {
    expect(ports('none', [{ containerPort: 80 }])).toBe(
      'Port mappings are not supported when networkMode=none.',
    );
    expect(ports('none', [])).toBe('OK');
  });

  it('uses bridge when the network mode is omitted (§2.2)', () => {
    expect(accepted(ec2Request()).networkMode).toBe('bridge');
    expect(accepted(fargateRequest()).networkMode).toBe('awsvpc');
  });
});
