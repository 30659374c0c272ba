import type { ComponentProps } from 'react';
import { CopyButton } from './copy-button';

/** A highlighted code block (shiki ran at build time) with a copy button. */
export function CodeBlock(props: ComponentProps<'pre'>) {
  return (
    <div className="group relative">
      <pre {...props} tabIndex={0} />
      <CopyButton />
    </div>
  );
}
