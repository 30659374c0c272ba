/**
 * The web app every option runs: the seed's nginx serving a small page. These are the course's
 * estimates of the app and its traffic, not AWS figures; the comparison states them as such.
 */
export const WORKLOAD = {
  /**
   * Requests per second one vCPU serves at 100 % CPU: the figure the ECS simulator gives
   * docker.io/library/nginx (lib/sim/ecs/images.ts), a course estimate.
   */
  rpsPerVcpu: 2000,
  /** Request plus response: nginx's 615-byte welcome page with headers, about 1.5 KB. */
  bytesPerRequest: 1500,
  /** Browsers keep connections open (HTTP keep-alive): a new connection every 10 requests. */
  requestsPerConnection: 10,
} as const;

/** CPU milliseconds one request needs on one full vCPU. */
export const CPU_MS_PER_REQUEST = 1000 / WORKLOAD.rpsPerVcpu;

/** Requests per second one replica with `vcpu` vCPUs serves at 100 % CPU. */
export function replicaCapacityRps(vcpu: number): number {
  return vcpu * WORKLOAD.rpsPerVcpu;
}
