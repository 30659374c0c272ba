'use client';

import { useSim } from '../../sim-context';
import { downloadText } from '@/components/progress/download';
import { toolButton } from '../../ecs/editor/editor-toolbar';
import { joinManifests, learnerManifests } from './learner-files';

const selectFiles = (store: { files: Readonly<Record<string, string>> }) => store.files;

/** Export: each manifest the learner wrote here as its own file, or all of them in one. */
export function ManifestExport({ current }: { current: { name: string; text: string } }) {
  const files = useSim(selectFiles);
  const manifests = learnerManifests({ ...files, [current.name]: current.text });
  return (
    <section aria-labelledby="manifest-export-heading" className="flex flex-col gap-3">
      <h3 id="manifest-export-heading" className="text-lg font-semibold">
        Export your manifests
      </h3>
      {manifests.length === 0 ? (
        <p className="text-[var(--fg-soft)]">
          Nothing of yours yet: change an example or write a manifest, and it is kept here to download.
        </p>
      ) : (
        <>
          <p>
            They apply to a real EKS cluster as they are: <code>kubectl apply -f FILE</code>.
          </p>
          <div className="flex flex-wrap gap-3">
            {manifests.map(({ name, text }) => (
              <button
                key={name}
                type="button"
                className={toolButton}
                onClick={() => downloadText(name, text, 'application/yaml')}
              >
                Download {name}
              </button>
            ))}
            {manifests.length > 1 && (
              <button
                type="button"
                className={toolButton}
                onClick={() => downloadText('manifests.yaml', joinManifests(manifests), 'application/yaml')}
              >
                Download all as manifests.yaml
              </button>
            )}
          </div>
        </>
      )}
    </section>
  );
}
