import type { ReactNode } from 'react';

export type HeadingLevel = 2 | 3 | 4 | 5;

/**
 * A heading whose level follows where the comparison sits: under a page's h1 its sections are h2,
 * inside a lesson's h2 section they are h3, so the outline never skips a level.
 */
export function Heading({
  level,
  className,
  id,
  children,
}: {
  level: HeadingLevel;
  className?: string;
  id?: string;
  children: ReactNode;
}) {
  const Tag = `h${level}` as const;
  return (
    <Tag id={id} className={className}>
      {children}
    </Tag>
  );
}

export function deeper(level: HeadingLevel): HeadingLevel {
  return Math.min(5, level + 1) as HeadingLevel;
}
