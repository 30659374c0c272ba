import type { LaunchType, TaskDefinition } from '../types';

/**
 * Fargate platform versions (reference §6): Linux `1.4.0` (current) and `1.3.0`; `LATEST`
 * resolves to `1.4.0`; Windows has `1.0.0`. RunTask, CreateService and UpdateService take
 * `platformVersion`; without one, `LATEST` is used.
 *
 * Errors, in the order ECS checks them here:
 * - a platform version with the EC2 launch type: `InvalidParameterException: The platform version
 *   must be null when specifying an EC2 launch type.` [observed, quoted in several public
 *   codebases that hit it];
 * - a version that does not exist: `PlatformUnknownException: The specified platform does not
 *   exist.` [observed: jenkinsci/amazon-ecs-plugin#218, for "1.4"]. Linux 1.0.0–1.2.0 are retired;
 *   that ECS answers this for them is unconfirmed;
 * - a version the task cannot run on: `PlatformTaskDefinitionIncompatibilityException: One or more
 *   of the requested capabilities are not supported.` [observed: jenkinsci/amazon-ecs-plugin#218,
 *   CircleCI aws-ecs-orb#121 (EFS on 1.3.0)]. Used here for ARM64 on 1.3.0 (Graviton and Graviton
 *   Spot need 1.4.0, current API reference `CapacityProviderStrategyItem`) and for a Linux version
 *   with a Windows task or the reverse (unconfirmed for those two cases).
 *
 * Fargate Spot needs Linux platform version 1.3.0 or later (§5.6): every Linux version accepted
 * here qualifies, so that rule needs no check of its own.
 */

export const LATEST = 'LATEST';
export const LINUX_PLATFORM_VERSIONS = ['1.4.0', '1.3.0'] as const;
export const WINDOWS_PLATFORM_VERSIONS = ['1.0.0'] as const;
/** What `LATEST` means today (§6). */
export const LATEST_LINUX = '1.4.0';
export const LATEST_WINDOWS = '1.0.0';

export const PLATFORM_MESSAGES = {
  ec2: 'The platform version must be null when specifying an EC2 launch type.',
  unknown: 'The specified platform does not exist.',
  incompatible: 'One or more of the requested capabilities are not supported.',
} as const;

export type PlatformResolution =
  | { readonly ok: true; readonly requested: string | null; readonly version: string | null }
  | { readonly ok: false; readonly code: string; readonly message: string };

export function isWindowsDefinition(def: Pick<TaskDefinition, 'runtimePlatform'>): boolean {
  return def.runtimePlatform?.operatingSystemFamily.startsWith('WINDOWS') === true;
}

/**
 * The platform version a task of `def` runs on: `requested` (as the call gave it, or `LATEST`)
 * and the version it resolves to; for EC2, both null.
 */
export function resolvePlatformVersion(
  requested: string | undefined,
  def: Pick<TaskDefinition, 'runtimePlatform'>,
  launchType: LaunchType,
): PlatformResolution {
  if (launchType === 'EC2') {
    if (requested !== undefined)
      return { ok: false, code: 'InvalidParameterException', message: PLATFORM_MESSAGES.ec2 };
    return { ok: true, requested: null, version: null };
  }
  const asked = requested ?? LATEST;
  const windows = isWindowsDefinition(def);
  const linuxVersion = (LINUX_PLATFORM_VERSIONS as readonly string[]).includes(asked);
  const windowsVersion = (WINDOWS_PLATFORM_VERSIONS as readonly string[]).includes(asked);
  if (asked !== LATEST && !linuxVersion && !windowsVersion)
    return { ok: false, code: 'PlatformUnknownException', message: PLATFORM_MESSAGES.unknown };
  const version = asked === LATEST ? (windows ? LATEST_WINDOWS : LATEST_LINUX) : asked;
  const arm = def.runtimePlatform?.cpuArchitecture === 'ARM64';
  const fits = windows
    ? windowsVersion || asked === LATEST
    : !windowsVersion && !(arm && version === '1.3.0');
  if (!fits)
    return {
      ok: false,
      code: 'PlatformTaskDefinitionIncompatibilityException',
      message: PLATFORM_MESSAGES.incompatible,
    };
  return { ok: true, requested: asked, version };
}

/** The platform family describe-tasks and describe-services show beside the version. */
export function platformFamilyOf(def: Pick<TaskDefinition, 'runtimePlatform'> | undefined): string {
  const family = def?.runtimePlatform?.operatingSystemFamily;
  return family !== undefined && family.startsWith('WINDOWS') ? family : 'Linux';
}
