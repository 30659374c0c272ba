import { DUTIES, DUTY_LABELS, OPTION_MODELS, RESPONSIBILITIES, type Who } from '@/lib/compare';
import { cn } from '@/lib/cn';
import { StateSymbol, type SymbolName } from '../state-symbol';
import { Heading, type HeadingLevel } from './heading';

const WHO_LOOK: Readonly<Record<Who, { word: string; symbol: SymbolName; className: string }>> = {
  you: { word: 'You', symbol: 'square', className: 'text-amber-800 dark:text-amber-300' },
  shared: { word: 'Shared', symbol: 'half', className: 'text-sky-800 dark:text-sky-300' },
  aws: { word: 'AWS', symbol: 'dot', className: 'text-accent-700 dark:text-accent-300' },
};

function WhoBadge({ who }: { who: Who }) {
  const look = WHO_LOOK[who];
  return (
    <span className={cn('flex items-center gap-1 font-semibold', look.className)}>
      <StateSymbol name={look.symbol} />
      {look.word}
    </span>
  );
}

/**
 * Who manages what: a table with the options as columns on wide screens, and on a phone the same
 * facts as one list per option, so nothing needs scrolling sideways.
 */
export function ResponsibilityTable({ headingLevel }: { headingLevel: HeadingLevel }) {
  return (
    <>
      <table className="hidden w-full table-fixed border-collapse text-sm @5xl:table">
        <caption className="sr-only">Who manages what, for each way to run the app</caption>
        <thead>
          <tr>
            <th scope="col" className="w-36 p-2 text-left align-bottom">
              Duty
            </th>
            {OPTION_MODELS.map((model) => (
              <th key={model.id} scope="col" className="p-2 text-left align-bottom">
                {model.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {DUTIES.map((duty) => (
            <tr key={duty} className="border-t border-[var(--border)]">
              <th scope="row" className="p-2 text-left align-top font-semibold">
                {DUTY_LABELS[duty]}
              </th>
              {OPTION_MODELS.map((model) => {
                const cell = RESPONSIBILITIES[model.id][duty];
                return (
                  <td key={model.id} className="p-2 align-top">
                    <WhoBadge who={cell.who} />
                    <span className="mt-0.5 block text-[var(--fg-soft)]">{cell.text}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-3 @xl:grid-cols-2 @5xl:hidden">
        {OPTION_MODELS.map((model) => (
          <section
            key={model.id}
            aria-label={`Who manages what: ${model.name}`}
            className="rounded-xl border border-[var(--border)] p-3"
          >
            <Heading level={headingLevel} className="font-semibold">
              {model.name}
            </Heading>
            <dl className="mt-1 space-y-2 text-sm">
              {DUTIES.map((duty) => {
                const cell = RESPONSIBILITIES[model.id][duty];
                return (
                  <div key={duty}>
                    <dt className="flex flex-wrap items-center gap-x-2">
                      <span>{DUTY_LABELS[duty]}:</span>
                      <WhoBadge who={cell.who} />
                    </dt>
                    <dd className="text-[var(--fg-soft)]">{cell.text}</dd>
                  </div>
                );
              })}
            </dl>
          </section>
        ))}
      </div>
    </>
  );
}
