// What the course uses of zod, re-exported by name for lib/zod.ts (see there why not the whole namespace).
export {
  array,
  boolean,
  config,
  custom,
  discriminatedUnion,
  enum,
  int,
  iso,
  literal,
  number,
  object,
  record,
  strictObject,
  string,
  tuple,
  union,
  unknown,
  ZodError,
  ZodType,
} from 'zod';
export type { core, infer } from 'zod';
