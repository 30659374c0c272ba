/** What the inspector shows: one VM or one container, by id. */
export interface InspectTarget {
  readonly kind: 'vm' | 'container';
  readonly id: string;
  /** What the inspector's title calls it: the instance id, or the container's name. */
  readonly label: string;
}

export type Inspect = (target: InspectTarget) => void;
