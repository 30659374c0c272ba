/** A namespace the learner made (the four built-in ones are not stored). */
export interface Namespace {
  readonly name: string;
  readonly createdAt: number;
  /** Set once `kubectl delete namespace` ran: it is Terminating until its pods are gone. */
  readonly deletedAt: number | null;
}
