import { cn } from '@/lib/cn';
import { StateSymbol } from '../state-symbol';
import { TONE_CLASSES } from '../vm/status';
import { formatIn } from './picture-format';
import { PolicyRules } from './policy-rules';
import type { PreviewModel, RepositoryModel } from './registry-model';

function PreviewVerdict({ preview, hiddenMarked }: { preview: PreviewModel; hiddenMarked: number }) {
  if (preview.total === 0)
    return (
      <p className={cn('flex items-center gap-1 text-sm font-semibold', TONE_CLASSES.ready.text)}>
        <StateSymbol name="check" />
        Preview: the policy would act on no image today
      </p>
    );
  return (
    <p className="flex items-start gap-1 text-sm font-semibold text-amber-800 dark:text-amber-300">
      <StateSymbol name="alert" className="mt-0.5" />
      <span>
        Preview: {preview.total} image{preview.total === 1 ? '' : 's'} would be acted on (
        {preview.byRule.map((rule) => `rule ${rule.priority}: ${rule.count}`).join(', ')}), marked below with
        a dashed border
        {hiddenMarked > 0 ? `; ${hiddenMarked} of them are further down the list (show all images)` : ''}
      </span>
    </p>
  );
}

function Preview({
  preview,
  hiddenMarked,
  now,
}: {
  preview: PreviewModel;
  hiddenMarked: number;
  now: number;
}) {
  return (
    <div className="space-y-0.5">
      {preview.otherText !== null && (
        <>
          <p className="text-sm font-semibold">Previewed (a policy text other than the one set):</p>
          <PolicyRules summary={preview.otherText} />
        </>
      )}
      {preview.status === 'IN_PROGRESS' ? (
        <p className={cn('flex items-center gap-1 text-sm font-semibold', TONE_CLASSES.busy.text)}>
          <StateSymbol name="quarter" />
          Preview in progress: results {formatIn(now, preview.completesAt)}
        </p>
      ) : (
        <PreviewVerdict preview={preview} hiddenMarked={hiddenMarked} />
      )}
    </div>
  );
}

/**
 * A repository's lifecycle policy: its rules in priority order, when ECR next applies it (within 24
 * hours of being set, then daily), and the latest preview's verdict (with its rules, when it
 * previewed a text other than the policy set).
 */
export function LifecyclePanel({ repository, now }: { repository: RepositoryModel; now: number }) {
  const { policy, preview } = repository;
  return (
    <div role="group" aria-label={`Lifecycle policy of ${repository.name}`} className="space-y-1">
      <h5 className="text-sm font-semibold">Lifecycle policy</h5>
      {policy === null ? (
        <p className="text-sm text-[var(--fg-soft)]">
          None set: images stay (and are billed) until someone deletes them.
        </p>
      ) : (
        <>
          <PolicyRules summary={policy.summary} />
          <p className="text-sm text-[var(--fg-soft)]">
            ECR applies it {formatIn(now, policy.nextRunAt)}
            {policy.lastRunAt === null ? ' (within 24 hours of being set)' : ', then every day'}
          </p>
        </>
      )}
      {preview !== null && <Preview preview={preview} hiddenMarked={repository.hiddenMarked} now={now} />}
    </div>
  );
}
