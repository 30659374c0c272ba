import { StatusIcon } from '@/components/ui/status-icon';

/** In place of a drill whose id no drill has: says so in the page instead of breaking it. */
export function UnknownDrill({ id }: { id: string }) {
  return (
    <div
      role="note"
      className="wide my-8 rounded-2xl border-2 border-amber-400 bg-amber-50 p-5 text-amber-950 dark:border-amber-700 dark:bg-amber-950/40 dark:text-amber-100"
    >
      <p className="flex items-center gap-2 font-semibold">
        <StatusIcon status="warning" className="size-5" />
        This failure drill is missing.
      </p>
      <p className="mt-2">
        No drill has the id <code className="font-mono wrap-anywhere">{id}</code>, so there is nothing to show
        here. The rest of the lesson still works.
      </p>
    </div>
  );
}
