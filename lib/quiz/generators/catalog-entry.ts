import { generatorInfo, type GeneratorInfo } from './catalog';

/** A generator's catalog entry; a missing one is a bug caught when the module loads. */
export function catalogEntry(id: string): GeneratorInfo {
  const info = generatorInfo(id);
  if (info === undefined) throw new Error(`generator ${id} is not in catalog.ts`);
  return info;
}
