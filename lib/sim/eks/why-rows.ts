import type { NodeVerdict, SchedulingRecord } from './types';

export interface WhyNodeRow {
  readonly node: string;
  readonly verdict: 'chosen' | 'scored' | 'filtered';
  /** The plugin that filtered the node out, with its reasons; or each score plugin's part of the total. */
  readonly why: string;
  readonly total: number | null;
  /** Each score plugin's part, with what it saw on this node; empty for a node filtered out. */
  readonly parts: readonly {
    readonly plugin: string;
    readonly score: number;
    readonly weight: number;
    readonly reason: string;
  }[];
}

/** `NodeResourcesFit 72 × 1` for each score plugin, then the weighted sum. */
export function scoreWords(verdict: Extract<NodeVerdict, { filtered: false }>): string {
  const parts = verdict.scores.map((part) => `${part.plugin} ${part.score} × ${part.weight}`);
  return `${parts.join(' + ')} = ${verdict.total}`;
}

/**
 * The scheduler's record of one pod as rows to read node by node: the chosen node first, then the
 * other nodes that passed filtering by total score, then the nodes filtered out, each with the
 * plugin that removed it and the reason in the scheduler's own words.
 */
export function whyNodeRows(record: SchedulingRecord): WhyNodeRow[] {
  const rows = record.verdicts.map((verdict): WhyNodeRow => {
    if (verdict.filtered)
      return {
        node: verdict.node,
        verdict: 'filtered',
        why: `Filtered out by ${verdict.plugin}: ${verdict.reasons.join('; ')}`,
        total: null,
        parts: [],
      };
    return {
      node: verdict.node,
      verdict: verdict.node === record.chosen ? 'chosen' : 'scored',
      why: scoreWords(verdict),
      total: verdict.total,
      parts: verdict.scores,
    };
  });
  const rank = { chosen: 0, scored: 1, filtered: 2 } as const;
  return rows.sort(
    (a, b) =>
      rank[a.verdict] - rank[b.verdict] || (b.total ?? 0) - (a.total ?? 0) || a.node.localeCompare(b.node),
  );
}

/** One sentence above the rows: where the pod went and how, or why it waits. */
export function schedulingSentence(podName: string, record: SchedulingRecord): string {
  const passed = record.verdicts.filter((verdict) => !verdict.filtered).length;
  const considered = record.verdicts.length + record.omitted;
  if (record.chosen === null)
    return `The scheduler found no node for ${podName}: all ${considered} ${considered === 1 ? 'node was' : 'nodes were'} filtered out, so the pod stays Pending.`;
  const short = record.chosen.split('.')[0] ?? record.chosen;
  const tie = record.tie
    ? ' Several nodes shared the best total; the scheduler picked one of them at random.'
    : '';
  return `${podName} went to ${short}: ${passed} of ${considered} nodes passed the filters, and ${short} had the highest weighted score.${tie}`;
}
