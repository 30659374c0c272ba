'use client';

import { useEffect, type RefObject } from 'react';

/** The text of the last lesson heading before `node`, if it sits in a lesson's prose. */
function precedingHeading(node: HTMLElement): string | null {
  const prose = node.closest('.lesson-prose');
  if (!prose) return null;
  const before = [...prose.querySelectorAll('h2, h3')].filter(
    (heading) => heading.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING,
  );
  return before.at(-1)?.textContent?.trim() || null;
}

/**
 * Names a simulator frame's landmark `label`, after the lesson section it sits in. A lesson may
 * show one preset twice, and screen readers list landmarks by name: the section tells the two
 * apart. Set on the element after mount (simulators render only in the browser); it runs again
 * whenever React writes a new `label`.
 */
export function useSectionLabel(root: RefObject<HTMLElement | null>, label: string): void {
  useEffect(() => {
    const node = root.current;
    if (!node) return;
    const section = precedingHeading(node);
    node.setAttribute('aria-label', section ? `${section}: ${label}` : label);
  }, [root, label]);
}
