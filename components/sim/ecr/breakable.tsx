import { Fragment } from 'react';

/**
 * A long registry name that may wrap after each dot or slash rather than in the middle of a word:
 * `123456789012.dkr.ecr.us-east-1.<wbr>amazonaws.com/<wbr>web:1.0` on a phone.
 */
export function Breakable({ text }: { text: string }) {
  const parts = text.split(/(?<=[./])/);
  return (
    <>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 && <wbr />}
          {part}
        </Fragment>
      ))}
    </>
  );
}
