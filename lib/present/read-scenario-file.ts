import { parse as parseYaml, YAMLParseError } from 'yaml';
import { scenarioSchema, type Scenario } from './scenario-schema';

export type ScenarioFileResult =
  | { readonly ok: true; readonly scenario: Scenario }
  | { readonly ok: false; readonly problems: readonly string[] };

/** Files bigger than this are not scenarios (the longest course scenario is about 8 kB). */
const MAX_BYTES = 512 * 1024;

/**
 * Reads a scenario an instructor opens from disk (YAML, or JSON, which YAML reads too) and checks
 * it with the course's own schema. Every problem names where it is: the line for a syntax error,
 * the field path for a schema error.
 */
export function readScenarioFile(text: string): ScenarioFileResult {
  if (text.length > MAX_BYTES)
    return {
      ok: false,
      problems: [`The file is ${Math.round(text.length / 1024)} kB; a scenario is at most 512 kB.`],
    };
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const where = error.linePos?.[0];
      return {
        ok: false,
        problems: [
          `YAML syntax${where ? ` at line ${where.line}, column ${where.col}` : ''}: ${error.message.split('\n')[0]}`,
        ],
      };
    }
    return { ok: false, problems: [`The file could not be read: ${String(error)}`] };
  }
  if (data === null || typeof data !== 'object')
    return {
      ok: false,
      problems: [
        'The file holds no scenario: expected fields such as id, title, simulator, preset and steps.',
      ],
    };
  const parsed = scenarioSchema.safeParse(data);
  if (parsed.success) return { ok: true, scenario: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues
      .slice(0, 20)
      .map((issue) => `${issue.path.length === 0 ? 'the file' : issue.path.join('.')}: ${issue.message}`),
  };
}
