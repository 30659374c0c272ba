/** The fields strict decoding knows in a ServiceAccount (v1); the role for IRSA is an annotation. */
export const SERVICE_ACCOUNT_FIELDS = {
  apiVersion: true,
  kind: true,
  metadata: { name: true, namespace: true, labels: true, annotations: true },
  automountServiceAccountToken: true,
  secrets: true,
  imagePullSecrets: true,
} as const;
