import type { TopologySpreadConstraint } from '../../sim/eks/types';

/** `topology.kubernetes.io/zone:DoNotSchedule when max skew 1 is exceeded for selector app=web`, one a line. */
export function spreadLines(constraints: readonly TopologySpreadConstraint[]): string[] {
  const title = 'Topology Spread Constraints:  ';
  return constraints.map((constraint, index) => {
    const selector =
      constraint.matchLabels === null
        ? '<none>'
        : Object.entries(constraint.matchLabels)
            .map(([key, value]) => `${key}=${value}`)
            .join(',') || '<none>';
    const text = `${constraint.topologyKey}:${constraint.whenUnsatisfiable} when max skew ${constraint.maxSkew} is exceeded for selector ${selector}`;
    return `${index === 0 ? title : ' '.repeat(title.length)}${text}`;
  });
}
