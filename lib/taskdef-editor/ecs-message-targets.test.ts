import { describe, expect, it } from 'vitest';
import { KNOWN_MESSAGES } from '../sim/ecs/taskdef';
import { CONTAINER_MESSAGE_CASES } from './testing/container-message-cases';
import { draftMarks, fargateDraft } from './testing/editor-test-session';
import { ECR, ROLE } from './testing/message-case-drafts';
import { TASK_MESSAGE_CASES } from './testing/task-message-cases';

const PREFIX = 'An error occurred (ClientException) when calling the RegisterTaskDefinition operation: ';
const CASES = [...TASK_MESSAGE_CASES, ...CONTAINER_MESSAGE_CASES];

describe('ecsMessageTargets (through the console, as the editor runs it)', () => {
  it.each(CASES)('%s: marks what the message is about', (_, draft, covers, message) => {
    const { output, marks } = draftMarks(draft);
    const [first] = output.split('\n');
    expect(first?.startsWith(PREFIX), output).toBe(true);
    expect(first?.slice(PREFIX.length)).toMatch(message);
    expect(marks.map((mark) => mark.covers)).toEqual(covers);
  });

  it('covers every kind of refusal the engine words (each KNOWN_MESSAGES pattern is met)', () => {
    const seen = CASES.map(
      ([, draft]) => draftMarks(draft).output.split('\n')[0]?.slice(PREFIX.length) ?? '',
    );
    const unmet = KNOWN_MESSAGES.filter((pattern) => !seen.some((message) => pattern.test(message)));
    expect(unmet).toEqual([]);
  });

  it('marks nothing once the ECR image has the execution role it needs', () => {
    const { marks } = draftMarks(
      fargateDraft({ image: ECR }, { executionRoleArn: ROLE, ipcMode: undefined }),
    );
    expect(marks).toEqual([]);
  });
});
