/** Services as the simulator keeps them: ports, the virtual IP, and the load balancer AWS makes. */

export interface ServicePort {
  readonly port: number;
  readonly targetPort: number;
  readonly protocol: 'TCP' | 'UDP';
  /** Set for NodePort and LoadBalancer Services: the port every node opens (30000–32767). */
  readonly nodePort: number | null;
}

/**
 * A Service: a stable virtual IP in front of the pods its selector matches. Its endpoints are not
 * stored: they are the Ready pods that match, at any moment (kubectl reads them from the state).
 */
export interface Service {
  readonly name: string;
  readonly namespace: string;
  readonly type: 'ClusterIP' | 'NodePort' | 'LoadBalancer';
  readonly selector: Readonly<Record<string, string>>;
  readonly ports: readonly ServicePort[];
  readonly clusterIp: string;
  readonly createdAt: number;
  /** `metadata.annotations`: the AWS Load Balancer Controller reads its settings from them. */
  readonly annotations: Readonly<Record<string, string>>;
  /** A LoadBalancer Service's load balancer: its DNS name once AWS has created it. */
  readonly loadBalancer: ServiceLoadBalancer | null;
}

/**
 * A Classic Load Balancer from the in-tree AWS cloud provider (node instances as targets, through
 * the node port), or a Network Load Balancer from the AWS Load Balancer Controller (pod IPs or
 * node instances, as the Service's annotations say). `name` is the controller's name for its
 * load balancer and target group, null for the in-tree one.
 */
export interface ServiceLoadBalancer {
  readonly hostname: string;
  readonly readyAt: number;
  readonly kind: 'classic' | 'network';
  readonly targetType: 'instance' | 'ip';
  readonly name: string | null;
}
