/**
 * An Ingress (networking.k8s.io/v1) as the simulator keeps it: HTTP paths to Services, and the
 * Application Load Balancer the AWS Load Balancer Controller makes for it.
 */

export interface IngressPath {
  readonly path: string;
  readonly pathType: 'Prefix' | 'Exact' | 'ImplementationSpecific';
  readonly service: string;
  readonly port: number;
}

export interface IngressRule {
  /** The host it answers for, or null for any (`*` in kubectl's HOSTS column). */
  readonly host: string | null;
  readonly paths: readonly IngressPath[];
}

export interface Ingress {
  readonly name: string;
  readonly namespace: string;
  /** `spec.ingressClassName`, or the older `kubernetes.io/ingress.class` annotation. */
  readonly ingressClassName: string | null;
  readonly annotations: Readonly<Record<string, string>>;
  readonly rules: readonly IngressRule[];
  readonly createdAt: number;
  /** The ALB once the controller has started making it: its DNS name, known from `readyAt`. */
  readonly loadBalancer: { readonly hostname: string; readonly readyAt: number } | null;
}
