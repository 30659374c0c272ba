import { describe, expect, it } from 'vitest';
import { svc } from '../services/testing/service-driver';
import { ecs } from '../testing/ecs-driver';
import { AWSVPC_NETWORK, webApp, webserverFargate } from '../testing/fixtures';
import type { TaskDefinition } from '../types';
import { platformFamilyOf, resolvePlatformVersion } from './platform-versions';

const linux = { runtimePlatform: null } as Pick<TaskDefinition, 'runtimePlatform'>;
const arm = {
  runtimePlatform: { cpuArchitecture: 'ARM64', operatingSystemFamily: 'LINUX' },
} as TaskDefinition;
const windows = {
  runtimePlatform: { cpuArchitecture: 'X86_64', operatingSystemFamily: 'WINDOWS_SERVER_2022_CORE' },
} as TaskDefinition;

describe('resolvePlatformVersion (reference §6)', () => {
  it('resolves LATEST, the default, to 1.4.0 for Linux and 1.0.0 for Windows', () => {
    expect(resolvePlatformVersion(undefined, linux, 'FARGATE')).toEqual({
      ok: true,
      requested: 'LATEST',
      version: '1.4.0',
    });
    expect(resolvePlatformVersion('LATEST', windows, 'FARGATE')).toEqual({
      ok: true,
      requested: 'LATEST',
      version: '1.0.0',
    });
  });

  it('accepts 1.3.0 and 1.4.0 as given', () => {
    expect(resolvePlatformVersion('1.3.0', linux, 'FARGATE')).toMatchObject({ ok: true, version: '1.3.0' });
    expect(resolvePlatformVersion('1.4.0', arm, 'FARGATE')).toMatchObject({ ok: true, version: '1.4.0' });
  });

  it("refuses a version that does not exist with ECS's PlatformUnknownException", () => {
    for (const version of ['1.4', '1.2.0', '2.0.0', 'latest'])
      expect(resolvePlatformVersion(version, linux, 'FARGATE')).toEqual({
        ok: false,
        code: 'PlatformUnknownException',
        message: 'The specified platform does not exist.',
      });
  });

  it('refuses ARM64 on 1.3.0 and a Linux version for Windows (PlatformTaskDefinitionIncompatibilityException)', () => {
    const incompatible = {
      ok: false,
      code: 'PlatformTaskDefinitionIncompatibilityException',
      message: 'One or more of the requested capabilities are not supported.',
    };
    expect(resolvePlatformVersion('1.3.0', arm, 'FARGATE')).toEqual(incompatible);
    expect(resolvePlatformVersion('1.4.0', windows, 'FARGATE')).toEqual(incompatible);
    expect(resolvePlatformVersion('1.0.0', linux, 'FARGATE')).toEqual(incompatible);
  });

  it('wants no platform version with the EC2 launch type', () => {
    expect(resolvePlatformVersion('LATEST', linux, 'EC2')).toEqual({
      ok: false,
      code: 'InvalidParameterException',
      message: 'The platform version must be null when specifying an EC2 launch type.',
    });
    expect(resolvePlatformVersion(undefined, linux, 'EC2')).toEqual({
      ok: true,
      requested: null,
      version: null,
    });
  });

  it('names the platform family: Linux, or the Windows edition', () => {
    expect(platformFamilyOf(arm)).toBe('Linux');
    expect(platformFamilyOf(windows)).toBe('WINDOWS_SERVER_2022_CORE');
  });
});

describe('platform versions in the engine (§6, §5.3)', () => {
  const fargate = () => ecs().cluster('default').register(webserverFargate);

  it('runs a task on the version asked for, LATEST meaning 1.4.0', () => {
    const d = fargate()
      .runTask('webserver', 1, { launchType: 'FARGATE', networkConfiguration: AWSVPC_NETWORK })
      .runTask('webserver', 1, {
        launchType: 'FARGATE',
        networkConfiguration: AWSVPC_NETWORK,
        platformVersion: '1.3.0',
      });
    expect(d.state.tasks.map((t) => t.platformVersion)).toEqual(['1.4.0', '1.3.0']);
  });

  it('refuses an unknown version and any version for EC2 in RunTask', () => {
    const d = fargate().runTask('webserver', 1, {
      launchType: 'FARGATE',
      networkConfiguration: AWSVPC_NETWORK,
      platformVersion: '1.4',
    });
    expect(d.lastError?.code).toBe('PlatformUnknownException');
    const ec2 = ecs()
      .withInstances(1)
      .register({ family: 'nginx', containerDefinitions: [{ name: 'n', image: 'nginx', memory: 128 }] })
      .runTask('nginx', 1, { launchType: 'EC2', platformVersion: 'LATEST' });
    expect(ec2.lastError?.message).toBe(
      'The platform version must be null when specifying an EC2 launch type.',
    );
  });

  it('starts a new deployment when a service changes its platform version (§5.3), and its new tasks run on it', () => {
    let d = svc()
      .send({ type: 'CreateCluster', clusterName: 'default' })
      .send({ type: 'CreateLogGroup', logGroupName: '/ecs/web' })
      .register(webApp('1.4.2'))
      .service('web', 'web', 2, { launchType: 'FARGATE', platformVersion: '1.3.0' })
      .wait('2m');
    expect(d.svc().platformVersion).toBe('1.3.0');
    expect(d.live().map((t) => t.platformVersion)).toEqual(['1.3.0', '1.3.0']);
    const deployments = d.svc().deployments.length;
    d = d.update('web', { platformVersion: 'LATEST' });
    expect(d.lastError).toBeUndefined();
    expect(d.svc().deployments).toHaveLength(deployments + 1);
    expect(d.svc().deployments[0]?.platformVersion).toBe('LATEST');
    d = d.wait('5m');
    expect(d.live().map((t) => t.platformVersion)).toEqual(['1.4.0', '1.4.0']);
    // The same version again is no change: no deployment.
    const settled = d.svc().deployments.length;
    expect(d.update('web', { platformVersion: 'LATEST' }).svc().deployments).toHaveLength(settled);
  });
});
