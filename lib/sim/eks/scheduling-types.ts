/** What the kube-scheduler records about each decision, for "Why this node?" and `kubectl describe`. */

/** One node's fate in a scheduling attempt: filtered out by a plugin, or scored. */
export type NodeVerdict =
  | {
      readonly node: string;
      readonly filtered: true;
      readonly plugin: string;
      readonly reasons: readonly string[];
    }
  | {
      readonly node: string;
      readonly filtered: false;
      readonly scores: readonly {
        readonly plugin: string;
        readonly score: number;
        readonly weight: number;
        /** What the plugin saw on this node, in words: `2 matching pods in topology.kubernetes.io/zone=us-east-1a`. */
        readonly reason: string;
      }[];
      readonly total: number;
    };

export interface SchedulingRecord {
  readonly at: number;
  readonly chosen: string | null;
  readonly verdicts: readonly NodeVerdict[];
  /** Nodes left out of `verdicts` on a large cluster (see scheduler.ts RECORDED_NODES). */
  readonly omitted: number;
  /** The FailedScheduling text when no node fits ("0/3 nodes are available: …"). */
  readonly message: string | null;
  /** Several nodes shared the best total; one was picked at random. */
  readonly tie: boolean;
}
