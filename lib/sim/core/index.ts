/** The simulation core: contract types, PRNG, ids, the time machine and share links. */
export type * from './types';
export * from './rng';
export * from './ids';
export * from './session';
export {
  type Checkpoint,
  CHECKPOINT_EVERY_COMMANDS,
  CHECKPOINT_EVERY_MS,
  MAX_CHECKPOINTS,
} from './checkpoints';
export * from './share-link';
export * from './history';
