/** One resource type as `kubectl get` lists it: columns, wide columns and a row per object. */
export interface Row {
  readonly name: string;
  readonly namespace: string | null;
  readonly cells: readonly string[];
  readonly wide: readonly string[];
  readonly object: unknown;
}

export interface Listing {
  readonly headers: readonly string[];
  readonly wideHeaders: readonly string[];
  readonly rows: readonly Row[];
  readonly namespaced: boolean;
}
