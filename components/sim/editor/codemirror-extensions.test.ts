import { diagnosticCount, forEachDiagnostic, setDiagnostics } from '@codemirror/lint';
import { EditorState } from '@codemirror/state';
import { keymap } from '@codemirror/view';
import { describe, expect, it } from 'vitest';
import { ECS_EXAMPLE_FILES } from '@/lib/sim/ecs/example-files';
import { draftMarks } from '@/lib/taskdef-editor/testing/editor-test-session';
import { editorExtensions } from './codemirror-extensions';

const seed = ECS_EXAMPLE_FILES['webserver.json'] ?? '';

function editorState(doc: string, onChange: (text: string) => void = () => {}) {
  return EditorState.create({
    doc,
    extensions: editorExtensions({ label: 'Task definition JSON', describedBy: 'hint' }, onChange),
  });
}

describe('editorExtensions', () => {
  it("shows the console's diagnostics on the seed's string memory and cpu", () => {
    const state = editorState(seed);
    const { diagnostics } = draftMarks(seed);
    const shown = state.update(
      setDiagnostics(
        state,
        diagnostics.map((d) => ({ ...d, severity: 'error' as const })),
      ),
    ).state;
    expect(diagnosticCount(shown)).toBe(2);
    const covered: string[] = [];
    forEachDiagnostic(shown, (_, from, to) => covered.push(shown.sliceDoc(from, to)));
    expect(covered).toEqual(['"100"', '"99"']);
  });

  it('leaves Tab unbound, so keyboard users can move out of the editor', () => {
    const keys = editorState('{}')
      .facet(keymap)
      .flat()
      .map((binding) => binding.key);
    expect(keys).toContain('Mod-z');
    expect(keys).not.toContain('Tab');
    expect(keys).not.toContain('Shift-Tab');
  });
});
