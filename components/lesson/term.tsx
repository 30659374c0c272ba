import type { ReactNode } from 'react';
import { loadGlossary } from '@/lib/content/banks';
import { TermPopover } from './term-popover';

/** A glossary term in prose. The definition comes from content/glossary.yaml at build time. */
export function Term({ id, children }: { id: string; children: ReactNode }) {
  const entry = loadGlossary().terms.find((term) => term.id === id);
  if (!entry) throw new Error(`<Term id="${id}">: no such term in content/glossary.yaml`);
  return (
    <TermPopover id={entry.id} term={entry.term} definition={entry.definition}>
      {children}
    </TermPopover>
  );
}
