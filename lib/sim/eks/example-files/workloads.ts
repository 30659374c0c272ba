/** Deployments and pods the lessons apply: sizes that fit or do not, a broken file, probes, taints, leaks and placement rules. */
export const WORKLOAD_FILES: Readonly<Record<string, string>> = {
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
};
