import type { Ref } from 'react';
import type { Question } from '@/lib/content/schemas';

/** How many options a question wants ticked: "choose two" asks for two. */
export function choicesNeeded(question: Question): number {
  return question.kind === 'multiple' ? question.answer.length : 1;
}

/** The question as asked, numbered when in a list, with "(Choose N.)" when the stem does not say it. */
export function QuestionStem({
  question,
  id,
  number,
  focusRef,
}: {
  question: Question;
  id: string;
  number?: number;
  /** Focusable from script (tabIndex -1), so a new question can take the focus. */
  focusRef?: Ref<HTMLParagraphElement>;
}) {
  return (
    <p id={id} ref={focusRef} tabIndex={focusRef ? -1 : undefined} className="font-medium focus:outline-none">
      {number !== undefined && <span className="text-[var(--fg-soft)]">{number}. </span>}
      <StemText text={question.stem} />
      {question.kind === 'multiple' && !/choose/i.test(question.stem) && (
        <span> (Choose {choicesNeeded(question)}.)</span>
      )}
    </p>
  );
}

/** A stem with `backticks` around commands and names, drawn as code that may wrap anywhere. */
function StemText({ text }: { text: string }) {
  const parts = text.split('`');
  // An unmatched backtick is shown as written rather than swallowing the rest of the stem.
  if (parts.length % 2 === 0) return text;
  return parts.map((part, index) =>
    index % 2 === 1 ? (
      <code key={index} className="rounded bg-[var(--bg-soft)] px-1 font-mono text-[0.9em] break-all">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
