import type { FactTable } from '@/lib/quiz/generators/types';

/** The numbers the picture shows, as a table: readable on a phone, by a screen reader, and without the picture. */
export function SituationFacts({ facts }: { facts: FactTable }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={facts.caption}>
      <table className="w-full min-w-[32rem] border-collapse text-left text-sm">
        <caption className="mb-1 text-left font-semibold">{facts.caption}</caption>
        <thead>
          <tr>
            {facts.columns.map((column) => (
              <th
                key={column}
                scope="col"
                className="border-b-2 border-[var(--border)] px-2 py-1 font-semibold"
              >
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {facts.rows.map((row) => (
            <tr key={row[0]}>
              {row.map((cell, index) =>
                index === 0 ? (
                  <th
                    key={index}
                    scope="row"
                    className="border-b border-[var(--border)] px-2 py-1 font-mono font-normal"
                  >
                    {cell}
                  </th>
                ) : (
                  <td key={index} className="border-b border-[var(--border)] px-2 py-1">
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
