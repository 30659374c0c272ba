import type { PolicySummary } from './lifecycle-summary';

/** A lifecycle policy's rules, one line each in priority order, or ECR's reason it cannot read them. */
export function PolicyRules({ summary }: { summary: PolicySummary }) {
  if (!summary.ok) return <p className="text-sm">ECR cannot read this policy: {summary.message}</p>;
  return (
    <ol className="space-y-0.5 text-sm">
      {summary.rules.map((rule) => (
        <li key={rule.priority}>
          <span className="font-semibold">Rule {rule.priority}</span>
          {rule.description !== null && <> “{rule.description}”</>}: {rule.text}
        </li>
      ))}
    </ol>
  );
}
