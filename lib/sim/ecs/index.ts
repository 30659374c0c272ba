/** The Amazon ECS simulator (engine id `ecs`): its public API for the site and the tests. */
export { ecsEngine, applyEcsCommand } from './engine';
export { initEcsState } from './init';
export { parseEcsCommand, type EcsCommand, type EcsCommandOf } from './commands';
export type * from './types';
export { ECS_PRESETS } from './presets';
export { ACCOUNT_ID, REGION, INSTANCE_TYPES, instanceTypeSpec, registeredMemoryMiB } from './catalog';
export { IMAGE_CATALOG, findImage, parseImageRef } from './images';
export { checkEcsInvariants } from './invariants';
export { nextChangeAt } from './tick';
export { remainingResources } from './tasks/reservations';
export { explainLastPlacement } from './tasks/place';
export { taskSize } from './tasks/size';
