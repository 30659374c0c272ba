/** What a click in the EKS picture opens: `kubectl describe` of that object. */
export type EksInspectTarget =
  | { readonly kind: 'pod'; readonly uid: string }
  | { readonly kind: 'node'; readonly name: string }
  | { readonly kind: 'deployment'; readonly name: string; readonly namespace: string }
  | { readonly kind: 'service'; readonly name: string; readonly namespace: string };

export type EksInspect = (target: EksInspectTarget) => void;
