/** The controllers a cluster does not have until they are installed, each cut down to what the simulator reads. */
export const ADD_ON_FILES: Readonly<Record<string, string>> = {
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
