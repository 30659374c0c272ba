import type { ComponentProps } from 'react';

/**
 * A lesson's Markdown table. It scrolls sideways when too wide for the screen (see globals.css), so
 * it takes keyboard focus too: arrow keys can then scroll it.
 */
export function ScrollTable(props: ComponentProps<'table'>) {
  return <table tabIndex={0} {...props} />;
}
