import type { Question } from '@/lib/content/schemas';
import { generatedQuestionId, generatorInfo, type GeneratorInfo } from './catalog';

/** A generator's catalog entry; a missing one is a bug caught when the module loads. */
export function catalogEntry(id: string): GeneratorInfo {
  const info = generatorInfo(id);
  if (info === undefined) throw new Error(`generator ${id} is not in catalog.ts`);
  return info;
}

/** The fields every generated question of a kind shares: its id, skill and section come from the catalog. */
export function questionBase(
  info: GeneratorInfo,
  difficulty: Question['difficulty'],
  coverage: number[],
): Pick<Question, 'id' | 'skill' | 'section' | 'difficulty' | 'coverage'> {
  return { id: generatedQuestionId(info.id), skill: info.skill, section: info.section, difficulty, coverage };
}
