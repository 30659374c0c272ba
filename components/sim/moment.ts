/**
 * A "predict, then play" moment a lesson puts inside a simulator: the picture pauses (at `at`
 * simulated seconds, or at once), asks, and plays only when the learner has answered for
 * themselves. Written in MDX: `<EcsSimulator scenario="…" moments={[{ … }]} />`.
 */
export interface Moment {
  /** Unique within the simulator. */
  readonly id: string;
  /** Simulated seconds at which the simulation pauses to ask; omitted: as soon as it is shown. */
  readonly at?: number;
  /** The question, e.g. "us-east-1b is about to fail. Where will the six tasks run in two minutes?" */
  readonly prompt: string;
  /** Console lines run when the learner chooses to play (the failover, the deployment…). */
  readonly run?: readonly string[];
  /** Simulated seconds to play after `run` before revealing (played at the learner's speed). */
  readonly playFor?: number;
  /** What happened and why, shown once the simulation has played. */
  readonly answer: string;
}
