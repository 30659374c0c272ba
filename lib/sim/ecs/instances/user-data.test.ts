import { describe, expect, it } from 'vitest';
import { readAgentConfig } from './user-data';

describe('readAgentConfig', () => {
  it('defaults to the default cluster when user data names none (§1.1)', () => {
    expect(readAgentConfig(null)).toEqual({ cluster: 'default', reservedMemoryMiB: 0, attributes: {} });
    expect(readAgentConfig('#!/bin/bash\nyum update -y\n').cluster).toBe('default');
  });

  it('reads ECS_CLUSTER written the way the documentation writes it (§1.2)', () => {
    expect(readAgentConfig('#!/bin/bash\necho ECS_CLUSTER=web >> /etc/ecs/ecs.config').cluster).toBe('web');
    expect(readAgentConfig('#!/bin/bash\necho "ECS_CLUSTER=MyCluster" >> /etc/ecs/ecs.config').cluster).toBe('MyCluster');
    expect(readAgentConfig("cat <<'EOF' >> /etc/ecs/ecs.config\nECS_CLUSTER=prod\nEOF").cluster).toBe('prod');
  });

  it('reads ECS_RESERVED_MEMORY and custom attributes (§1.3, §4.3)', () => {
    const config = readAgentConfig(
      `echo ECS_RESERVED_MEMORY=256 >> /etc/ecs/ecs.config\necho 'ECS_INSTANCE_ATTRIBUTES={"stack": "prod"}' >> /etc/ecs/ecs.config`,
    );
    expect(config.reservedMemoryMiB).toBe(256);
    expect(config.attributes).toEqual({ stack: 'prod' });
  });
});

describe('ecsConfigLines', () => {
  it('ignores settings written to another file or commented out: the agent reads only /etc/ecs/ecs.config (§1.2)', () => {
    expect(readAgentConfig('echo ECS_CLUSTER=demo > /etc/ecs/ecs.conf').cluster).toBe('default');
    expect(readAgentConfig('# echo ECS_CLUSTER=demo >> /etc/ecs/ecs.config').cluster).toBe('default');
    expect(readAgentConfig("cat <<'EOF' >> /tmp/notes\nECS_CLUSTER=demo\nEOF").cluster).toBe('default');
  });

  it('reads echo, printf with several lines and tee', () => {
    expect(readAgentConfig("printf 'ECS_CLUSTER=a\\nECS_RESERVED_MEMORY=128\\n' >> /etc/ecs/ecs.config")).toMatchObject({ cluster: 'a', reservedMemoryMiB: 128 });
    expect(readAgentConfig('echo "ECS_CLUSTER=b" | sudo tee -a /etc/ecs/ecs.config').cluster).toBe('b');
  });
});
