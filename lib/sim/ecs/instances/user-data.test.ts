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
