'use client';

import { useEffect, useRef } from 'react';
import type { ExcerptSegment } from '@/lib/search/excerpt';
import type { SearchKind } from '@/lib/search/kinds';
import type { SearchGroup, SearchHit } from '@/lib/search/results';
import { cn } from '@/lib/cn';

/** The id of a result's option, for the input's aria-activedescendant. */
export function optionId(listboxId: string, index: number): string {
  return `${listboxId}-option-${index}`;
}

/** Text only: the marks come from the parsed excerpt, never from HTML. */
function Excerpt({ segments }: { segments: readonly ExcerptSegment[] }) {
  return segments.map((segment, index) =>
    segment.marked ? (
      <mark
        key={index}
        className="bg-accent-100 text-accent-900 dark:bg-accent-800 dark:text-accent-50 rounded-sm px-0.5"
      >
        {segment.text}
      </mark>
    ) : (
      segment.text
    ),
  );
}

const KIND_ICONS: Record<SearchKind, string> = {
  // A page with lines.
  Lesson: 'M6 3h9l4 4v14H6zM14 3v5h5M9 12h7M9 16h7',
  // An open book.
  Glossary: 'M3 5c3-1 6-1 9 1 3-2 6-2 9-1v14c-3-1-6-1-9 1-3-2-6-2-9-1zM12 6v14',
  // A speech bubble with a question.
  Question: 'M4 5h16v11H9l-5 4zM10 9a2 2 0 1 1 2.5 2c-.4.2-.5.5-.5 1M12 14h.01',
};

function KindIcon({ kind }: { kind: SearchKind }) {
  return (
    <svg viewBox="0 0 24 24" aria-hidden="true" className="mt-0.5 size-4 shrink-0 text-[var(--fg-soft)]">
      <path
        d={KIND_ICONS[kind]}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function SearchOption({
  hit,
  id,
  active,
  onPoint,
  onChoose,
}: {
  hit: SearchHit;
  id: string;
  active: boolean;
  onPoint: () => void;
  onChoose: () => void;
}) {
  const ref = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (active) ref.current?.scrollIntoView({ block: 'nearest' });
  }, [active]);
  return (
    <li
      ref={ref}
      id={id}
      role="option"
      aria-selected={active}
      data-url={hit.url}
      onMouseMove={active ? undefined : onPoint}
      // The input keeps the focus, so the keys go on working after a click that is then cancelled.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onChoose}
      className={cn(
        'flex cursor-pointer gap-3 rounded-lg border-l-2 px-3 py-2.5',
        active ? 'border-accent-600 dark:border-accent-300 bg-[var(--bg-soft)]' : 'border-transparent',
      )}
    >
      <KindIcon kind={hit.kind} />
      <span className="min-w-0 flex-1">
        <span className="flex flex-wrap items-baseline gap-x-2">
          <span className="font-semibold">{hit.title}</span>
          {hit.context && <span className="text-sm text-[var(--fg-soft)]">{hit.context}</span>}
        </span>
        <span className="mt-0.5 line-clamp-3 text-sm wrap-anywhere text-[var(--fg-soft)] sm:line-clamp-2">
          <Excerpt segments={hit.excerpt} />
        </span>
      </span>
    </li>
  );
}

/** The results as a listbox of groups (Lessons, Glossary, Questions); the input keeps focus and points into it. */
export function SearchResults({
  id,
  groups,
  activeIndex,
  onPoint,
  onChoose,
}: {
  id: string;
  groups: readonly SearchGroup[];
  activeIndex: number;
  onPoint: (index: number) => void;
  onChoose: (hit: SearchHit) => void;
}) {
  let index = 0;
  return (
    <div role="listbox" id={id} aria-label="Search results" className="space-y-4">
      {groups.map((group) => {
        const labelId = `${id}-${group.kind}`;
        return (
          <ul key={group.kind} role="group" aria-labelledby={labelId}>
            <li
              role="presentation"
              className="flex items-baseline justify-between px-3 pb-1 text-xs font-semibold tracking-wide text-[var(--fg-soft)] uppercase"
            >
              <span id={labelId}>{group.label}</span>
              {group.total > group.hits.length && (
                <span className="font-normal tracking-normal normal-case">
                  first {group.hits.length} of {group.total}
                </span>
              )}
            </li>
            {group.hits.map((hit) => {
              const position = index++;
              return (
                <SearchOption
                  key={hit.id}
                  hit={hit}
                  id={optionId(id, position)}
                  active={position === activeIndex}
                  onPoint={() => onPoint(position)}
                  onChoose={() => onChoose(hit)}
                />
              );
            })}
          </ul>
        );
      })}
    </div>
  );
}
