/** Load balancers and the autoscaler in front of the web Deployment. */
export const TRAFFIC_FILES: Readonly<Record<string, string>> = {
  'web-lb.yaml': `# A LoadBalancer Service in front of the web Deployment's pods (app: web).
apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 80
`,
  'web-nlb.yaml': `# The web pods behind a Network Load Balancer made by the AWS Load Balancer Controller, with the
# pods' own IPs as its targets.
apiVersion: v1
kind: Service
metadata:
  name: web-nlb
  annotations:
    service.beta.kubernetes.io/aws-load-balancer-type: external
    service.beta.kubernetes.io/aws-load-balancer-nlb-target-type: ip
    service.beta.kubernetes.io/aws-load-balancer-scheme: internet-facing
spec:
  type: LoadBalancer
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 80
      protocol: TCP
`,
  'web-ingress.yaml': `# An Application Load Balancer for the web Service (kubectl expose deployment web --port=80),
# made by the AWS Load Balancer Controller, sending to the pods' IPs.
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
  annotations:
    alb.ingress.kubernetes.io/scheme: internet-facing
    alb.ingress.kubernetes.io/target-type: ip
spec:
  ingressClassName: alb
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`,
  'web-hpa.yaml': `# A HorizontalPodAutoscaler keeping the web Deployment's pods near 50 % of their CPU request.
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 10
  metrics:
    - type: Resource
      resource:
        name: cpu
        target:
          type: Utilization
          averageUtilization: 50
`,
};
