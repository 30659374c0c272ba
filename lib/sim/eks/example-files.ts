/**
 * Manifests the browser console can apply by name (`kubectl apply -f web.yaml`), and that the
 * lessons and presets use. The runner reads files beside the script first.
 */
export const EKS_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  'web.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  labels:
    app: web
spec:
  replicas: 3
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
          ports:
            - containerPort: 80
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
`,
  'big.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: big
spec:
  replicas: 1
  selector:
    matchLabels:
      app: big
  template:
    metadata:
      labels:
        app: big
    spec:
      containers:
        - name: big
          image: nginx:1.27
          resources:
            requests:
              cpu: "1"
              memory: 9Gi
`,
  'broken.yaml': `apiVersion: apps/v1
kind: Deployment
metadata:
  name: broken
spec:
  replicas: 2
  selector:
    matchLabels:
      app: broken
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
  'cluster-autoscaler.yaml': `# The Cluster Autoscaler, cut down to what the simulator reads: its Deployment in kube-system.
# (A real install also needs its service account with an IAM role that may change the node
# groups' Auto Scaling groups, and RBAC; the Helm chart creates them.)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: cluster-autoscaler
  namespace: kube-system
  labels:
    app: cluster-autoscaler
spec:
  replicas: 1
  selector:
    matchLabels:
      app: cluster-autoscaler
  template:
    metadata:
      labels:
        app: cluster-autoscaler
    spec:
      serviceAccountName: cluster-autoscaler
      containers:
        - name: cluster-autoscaler
          image: registry.k8s.io/autoscaling/cluster-autoscaler:v1.33.0
          command:
            - ./cluster-autoscaler
            - --cloud-provider=aws
            - --expander=least-waste
            - --node-group-auto-discovery=asg:tag=k8s.io/cluster-autoscaler/enabled,k8s.io/cluster-autoscaler/demo
          resources:
            requests:
              cpu: 100m
              memory: 600Mi
`,
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
  'hungry.yaml': `# Each replica asks for most of an m5.large's CPU: the fourth finds no node with room.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: hungry
spec:
  replicas: 3
  selector:
    matchLabels:
      app: hungry
  template:
    metadata:
      labels:
        app: hungry
    spec:
      containers:
        - name: hungry
          image: nginx:1.27
          resources:
            requests:
              cpu: 1500m
              memory: 512Mi
`,
  'batch.yaml': `# Pods for the tainted batch node group: the toleration lets them on, the nodeSelector keeps them there.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: batch
spec:
  replicas: 2
  selector:
    matchLabels:
      app: batch
  template:
    metadata:
      labels:
        app: batch
    spec:
      nodeSelector:
        workload: batch
      tolerations:
        - key: dedicated
          operator: Equal
          value: batch
          effect: NoSchedule
      containers:
        - name: batch
          image: nginx:1.27
          resources:
            requests:
              cpu: 500m
              memory: 1Gi
`,
  'api.yaml': `# The web image with a readiness probe on /health: a pod receives traffic only once it answers.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
  labels:
    app: api
spec:
  replicas: 4
  selector:
    matchLabels:
      app: api
  template:
    metadata:
      labels:
        app: api
    spec:
      containers:
        - name: api
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.5.0
          ports:
            - containerPort: 8080
          readinessProbe:
            httpGet:
              path: /health
              port: 8080
          resources:
            requests:
              cpu: 250m
              memory: 256Mi
            limits:
              memory: 512Mi
`,
  'metrics-server.yaml': `# metrics-server, cut down to what the simulator reads: its Deployment in kube-system.
# (The upstream components.yaml also creates its service account, RBAC, a Service and the
# APIService v1beta1.metrics.k8s.io that makes kubectl top and the HPA find it.)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: metrics-server
  namespace: kube-system
  labels:
    k8s-app: metrics-server
spec:
  replicas: 1
  selector:
    matchLabels:
      k8s-app: metrics-server
  strategy:
    rollingUpdate:
      maxUnavailable: 0
  template:
    metadata:
      labels:
        k8s-app: metrics-server
    spec:
      serviceAccountName: metrics-server
      containers:
        - name: metrics-server
          image: registry.k8s.io/metrics-server/metrics-server:v0.8.0
          args:
            - --cert-dir=/tmp
            - --secure-port=10250
            - --kubelet-preferred-address-types=InternalIP,ExternalIP,Hostname
            - --kubelet-use-node-status-port
            - --metric-resolution=15s
          ports:
            - containerPort: 10250
              name: https
          readinessProbe:
            httpGet:
              path: /readyz
              port: https
              scheme: HTTPS
            initialDelaySeconds: 20
            periodSeconds: 10
          resources:
            requests:
              cpu: 100m
              memory: 200Mi
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
  'leaky.yaml': `# web:1.7.0 leaks about 40 MiB a minute: with a 512Mi limit it is OOMKilled after about eight minutes.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: leaky
spec:
  replicas: 1
  selector:
    matchLabels:
      app: leaky
  template:
    metadata:
      labels:
        app: leaky
    spec:
      containers:
        - name: web
          image: 123456789012.dkr.ecr.us-east-1.amazonaws.com/web:1.7.0
          resources:
            requests:
              cpu: 100m
              memory: 256Mi
            limits:
              memory: 512Mi
`,
  'aws-load-balancer-controller.yaml': `# The AWS Load Balancer Controller, cut down to what the simulator reads: its Deployment in
# kube-system. (The real install also needs cert-manager, the controller's CRDs and webhooks, the
# IngressClass alb, and a service account with an IAM role for the Elastic Load Balancing APIs: see
# the EKS user guide. Its Service mutator webhook is off here, so a LoadBalancer Service without the
# controller's annotations stays with the in-tree cloud provider and gets a Classic Load Balancer.)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: aws-load-balancer-controller
  namespace: kube-system
  labels:
    app.kubernetes.io/name: aws-load-balancer-controller
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: aws-load-balancer-controller
  template:
    metadata:
      labels:
        app.kubernetes.io/name: aws-load-balancer-controller
    spec:
      serviceAccountName: aws-load-balancer-controller
      containers:
        - name: controller
          image: public.ecr.aws/eks/aws-load-balancer-controller:v2.11.0
          args:
            - --cluster-name=demo
            - --ingress-class=alb
            - --enable-service-mutator-webhook=false
          resources:
            requests:
              cpu: 100m
              memory: 200Mi
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
  'spread.yaml': `# At most one pod more in any zone than in the emptiest: a hard spread (DoNotSchedule) across zones.
apiVersion: apps/v1
kind: Deployment
metadata:
  name: spread
spec:
  replicas: 5
  selector:
    matchLabels:
      app: spread
  template:
    metadata:
      labels:
        app: spread
    spec:
      topologySpreadConstraints:
        - maxSkew: 1
          topologyKey: topology.kubernetes.io/zone
          whenUnsatisfiable: DoNotSchedule
          labelSelector:
            matchLabels:
              app: spread
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
`,
  'zonal.yaml': `# Only us-east-1a or us-east-1b (required node affinity), us-east-1b preferred (weight 80).
apiVersion: apps/v1
kind: Deployment
metadata:
  name: zonal
spec:
  replicas: 3
  selector:
    matchLabels:
      app: zonal
  template:
    metadata:
      labels:
        app: zonal
    spec:
      affinity:
        nodeAffinity:
          requiredDuringSchedulingIgnoredDuringExecution:
            nodeSelectorTerms:
              - matchExpressions:
                  - key: topology.kubernetes.io/zone
                    operator: In
                    values: [us-east-1a, us-east-1b]
          preferredDuringSchedulingIgnoredDuringExecution:
            - weight: 80
              preference:
                matchExpressions:
                  - key: topology.kubernetes.io/zone
                    operator: In
                    values: [us-east-1b]
      containers:
        - name: web
          image: nginx:1.27
          resources:
            requests:
              cpu: 100m
              memory: 128Mi
`,
  'karpenter.yaml': `# Karpenter's controller, cut down to what the simulator reads: its Deployment in kube-system.
# (Its Helm chart also installs the NodePool, NodeClaim and EC2NodeClass CRDs, a service account
# with an IAM role that may launch EC2 instances, and an SQS queue for interruptions; see the
# Karpenter getting-started guide. The chart runs 2 replicas; one is enough here.)
apiVersion: apps/v1
kind: Deployment
metadata:
  name: karpenter
  namespace: kube-system
  labels:
    app.kubernetes.io/name: karpenter
spec:
  replicas: 1
  selector:
    matchLabels:
      app.kubernetes.io/name: karpenter
  template:
    metadata:
      labels:
        app.kubernetes.io/name: karpenter
    spec:
      serviceAccountName: karpenter
      containers:
        - name: controller
          image: public.ecr.aws/karpenter/controller:1.6.0
          env:
            - name: CLUSTER_NAME
              value: demo
          resources:
            requests:
              cpu: "1"
              memory: 1Gi
`,
  'nodepool.yaml': `# A Karpenter NodePool: On-Demand c, m or r instances, at most 32 vCPUs in all. (The EC2NodeClass
# it names, with the AMI, subnets, security groups and node role, is taken as ready here. Its
# disruption settings are accepted, but consolidation is not simulated.)
apiVersion: karpenter.sh/v1
kind: NodePool
metadata:
  name: default
spec:
  template:
    spec:
      requirements:
        - key: karpenter.k8s.aws/instance-category
          operator: In
          values: ["c", "m", "r"]
        - key: karpenter.sh/capacity-type
          operator: In
          values: ["on-demand"]
        - key: kubernetes.io/arch
          operator: In
          values: ["amd64"]
      nodeClassRef:
        group: karpenter.k8s.aws
        kind: EC2NodeClass
        name: default
  limits:
    cpu: 32
  disruption:
    consolidationPolicy: WhenEmptyOrUnderutilized
    consolidateAfter: 1m
`,
};
