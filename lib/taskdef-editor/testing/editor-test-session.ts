import { createSession } from '../../sim/core/session';
import { runConsoleLine } from '../../cli/run-console-line';
import { cliFiles } from '../../cli/aws/input/cli-files';
import { ecsSimulator } from '../../sim/ecs/simulator';
import { checkDraft } from '../check-draft';

/**
 * For the editor's tests: an ECS console session after `lines`, and what the editor would show
 * for a draft on it (each diagnostic as the text it covers and its first message line).
 */
export function ecsSession(lines: readonly string[] = [], files: Readonly<Record<string, string>> = {}) {
  let session = createSession(ecsSimulator.engine, 1);
  for (const line of lines)
    session = runConsoleLine(session, line, ecsSimulator.cli, cliFiles(files)).session;
  return session;
}

export function draftMarks(text: string, lines: readonly string[] = []) {
  const check = checkDraft(ecsSession(lines), ecsSimulator.cli, {}, 'draft.json', text);
  return {
    ...check,
    marks: check.diagnostics.map((d) => ({
      covers: text.slice(d.from, d.to),
      says: d.message.split('\n')[0] ?? '',
    })),
  };
}

/** A Fargate definition with `change` merged into its first container, or into the task with `task`. */
export function fargateDraft(
  container: Record<string, unknown> = {},
  task: Record<string, unknown> = {},
): string {
  const definition = {
    family: 'webserver',
    containerDefinitions: [{ name: 'web', image: 'nginx', memory: 100, cpu: 99, ...container }],
    requiresCompatibilities: ['FARGATE'],
    networkMode: 'awsvpc',
    memory: '512',
    cpu: '256',
    ...task,
  };
  return `${JSON.stringify(definition, null, 2)}\n`;
}
