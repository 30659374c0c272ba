'use client';

import { useMemo } from 'react';
import { CopyButton } from '@/components/lesson/copy-button';
import { parsePythonJson } from '@/lib/cli/aws/input/python-json';
import { createServiceCommand, createServiceScript } from '@/lib/taskdef-editor/create-service-command';
import { draftFamily, fileStem } from '@/lib/taskdef-editor/draft-file-name';
import { serviceOptions } from '@/lib/taskdef-editor/service-options';
import type { EcsState } from '@/lib/sim/ecs/types';
import { useEcsState } from '../use-ecs-state';
import { downloadText } from '@/components/progress/download';
import { toolButton } from './editor-toolbar';

const selectClusters = (state: EcsState) => state.clusters;
const selectTaskDefinitions = (state: EcsState) => state.taskDefinitions;
const selectSubnets = (state: EcsState) => state.subnets;

/**
 * Export: the draft as `<family>.json` and `create-service-<family>.sh` (two downloads, one button
 * each, so no browser blocks a second automatic download), and the command itself to copy.
 */
export function ExportSection({ text, fileName }: { text: string; fileName: string }) {
  const clusters = useEcsState(selectClusters);
  const taskDefinitions = useEcsState(selectTaskDefinitions);
  const subnets = useEcsState(selectSubnets);
  const exported = useMemo(() => {
    const family = draftFamily(text);
    const parsed = parsePythonJson(text);
    if (family === null || !parsed.ok || fileStem(family) === '') return null;
    const options = serviceOptions({ clusters, taskDefinitions, subnets }, family);
    return {
      command: createServiceCommand(parsed.value, options),
      script: createServiceScript(parsed.value, options, fileName),
      scriptName: `create-service-${fileStem(family)}.sh`,
      registered: options.revision !== null,
    };
  }, [text, fileName, clusters, taskDefinitions, subnets]);

  return (
    <section aria-labelledby="taskdef-export-heading" className="flex flex-col gap-3">
      <h3 id="taskdef-export-heading" className="text-lg font-semibold">
        Export
      </h3>
      {exported === null ? (
        <p className="text-[var(--fg-soft)]">Export needs JSON that parses and has a family name.</p>
      ) : (
        <>
          <p>
            A service that runs it
            {exported.registered ? ' (the latest registered revision)' : ' (register a revision first)'}:
          </p>
          <div className="relative">
            <pre
              tabIndex={0}
              aria-label="aws ecs create-service command"
              className="overflow-x-auto rounded-lg border border-[var(--border)] bg-[var(--bg-soft)] p-3 pr-20 font-mono text-sm wrap-anywhere whitespace-pre-wrap"
            >
              {exported.command}
            </pre>
            <CopyButton />
          </div>
          <div className="flex flex-wrap gap-3">
            <button
              type="button"
              className={toolButton}
              onClick={() => downloadText(fileName, text, 'application/json')}
            >
              Download {fileName}
            </button>
            <button
              type="button"
              className={toolButton}
              onClick={() => downloadText(exported.scriptName, exported.script, 'text/x-shellscript')}
            >
              Download {exported.scriptName}
            </button>
          </div>
        </>
      )}
    </section>
  );
}
