/** The containers-vs-virtual-machines simulator (engine id `vm`): its public API. */
export { vmEngine, initVmSim, applyVmCommand } from './engine';
export {
  parseVmCommand,
  type VmCommand,
  type LaunchVms,
  type TerminateVms,
  type RunContainers,
  type StopContainers,
  type RemoveContainers,
  type PullImage,
  type SetTraffic,
} from './commands';
export type * from './types';
export { EC2_STATE_CODES } from './types';
export * from './selectors';
export { resolveContainer, resolveContainers, visibleContainers } from './container-refs';
export { IMAGE_CATALOG, catalogImage, parseImageReference, type CatalogImage, type ImageRef } from './images';
export * from './figures';
export { VM_PRESETS } from './presets';
export { checkVmInvariants } from './invariants';
export { nextChangeAt } from './tick';
