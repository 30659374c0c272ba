'use client';

import { useMemo } from 'react';
import { deploymentObject } from '@/lib/cli/eks/kubectl-objects';
import { hpaTargets } from '@/lib/cli/eks/kubectl-list-autoscaling';
import { serviceEndpoints } from '@/lib/sim/eks/services';
import type { EksState, ServiceLoadBalancer } from '@/lib/sim/eks/types';
import type { EksInspect } from './inspect-target';
import { SYSTEM_NAMESPACE } from './picture-model';

const linkClass = 'text-accent-700 dark:text-accent-300 font-mono font-semibold underline underline-offset-2';

type PanelState = Pick<
  EksState,
  'deployments' | 'replicaSets' | 'pods' | 'services' | 'now' | 'hpas' | 'loads' | 'ingresses'
>;

const mine = <T extends { readonly namespace: string }>(items: readonly T[]) =>
  items.filter((item) => item.namespace !== SYSTEM_NAMESPACE);

/** A load balancer's kind and DNS name once AWS has made it, or words saying it is on its way. */
function LoadBalancerName({
  balancer,
  kind,
  now,
}: {
  balancer: { hostname: string; readyAt: number } | null;
  kind: string;
  now: number;
}) {
  if (balancer === null || balancer.readyAt > now)
    return <span className="block">{kind}: being created</span>;
  return (
    <span className="block">
      {kind}: <span className="font-mono">{balancer.hostname}</span>
    </span>
  );
}

/** The in-tree provider makes a Classic Load Balancer; the AWS Load Balancer Controller an NLB. */
function serviceBalancerKind(balancer: ServiceLoadBalancer | null): string {
  if (balancer === null) return 'Load balancer';
  if (balancer.kind === 'classic') return 'Classic Load Balancer (targets: nodes)';
  return `Network Load Balancer (targets: ${balancer.targetType === 'ip' ? 'pod IPs' : 'nodes'})`;
}

/**
 * The learner's Deployments (READY as kubectl counts it, the load sent to them and their
 * autoscaler), Services (endpoints, load balancer) and Ingresses (the ALB), each opening
 * `kubectl describe` where kubectl has one.
 */
export function WorkloadsPanel({ state, onInspect }: { state: PanelState; onInspect: EksInspect }) {
  const deployments = useMemo(
    () =>
      mine(state.deployments).map((deployment) => ({
        deployment,
        status: deploymentObject(state as EksState, deployment).status,
        load: state.loads.find(
          (load) => load.deployment === deployment.name && load.namespace === deployment.namespace,
        ),
        hpa: state.hpas.find(
          (hpa) => hpa.target === deployment.name && hpa.namespace === deployment.namespace,
        ),
      })),
    [state],
  );
  const services = mine(state.services).filter((service) => service.name !== 'kubernetes');
  const ingresses = mine(state.ingresses);
  if (deployments.length === 0 && services.length === 0 && ingresses.length === 0) return null;
  return (
    <section role="group" aria-label="Deployments and Services" className="grid gap-3 sm:grid-cols-2">
      {deployments.length > 0 && (
        <div>
          <h3 className="font-semibold">Deployments</h3>
          <ul className="mt-1 space-y-1">
            {deployments.map(({ deployment, status, load, hpa }) => (
              <li key={`${deployment.namespace}/${deployment.name}`} className="text-sm wrap-anywhere">
                <button
                  type="button"
                  className={linkClass}
                  onClick={() =>
                    onInspect({ kind: 'deployment', name: deployment.name, namespace: deployment.namespace })
                  }
                  aria-label={`Deployment ${deployment.name}: show kubectl describe`}
                >
                  {deployment.name}
                </button>{' '}
                READY {status.readyReplicas}/{deployment.replicas} · image{' '}
                <span className="font-mono">
                  {deployment.template.spec.containers.map((c) => c.image).join(', ')}
                </span>
                {load !== undefined && load.rps > 0 && (
                  <> · load {load.rps.toLocaleString('en-US')} requests/s</>
                )}
                {hpa !== undefined && (
                  <span className="block">
                    HPA {hpa.name}: {hpaTargets(hpa)}, {hpa.minReplicas}–{hpa.maxReplicas} replicas
                  </span>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {(services.length > 0 || ingresses.length > 0) && (
        <div>
          <h3 className="font-semibold">Services</h3>
          <ul className="mt-1 space-y-1">
            {services.map((service) => {
              const endpoints = serviceEndpoints(state, service);
              return (
                <li key={`${service.namespace}/${service.name}`} className="text-sm wrap-anywhere">
                  <button
                    type="button"
                    className={linkClass}
                    onClick={() =>
                      onInspect({ kind: 'service', name: service.name, namespace: service.namespace })
                    }
                    aria-label={`Service ${service.name}: show kubectl describe`}
                  >
                    {service.name}
                  </button>{' '}
                  {service.type} · {endpoints.ready.length} ready{' '}
                  {endpoints.ready.length === 1 ? 'endpoint' : 'endpoints'}
                  {endpoints.notReady.length > 0 && `, ${endpoints.notReady.length} not ready`}
                  {service.type === 'LoadBalancer' && (
                    <LoadBalancerName
                      balancer={service.loadBalancer}
                      kind={serviceBalancerKind(service.loadBalancer)}
                      now={state.now}
                    />
                  )}
                </li>
              );
            })}
            {ingresses.map((ingress) => (
              <li key={`${ingress.namespace}/${ingress.name}`} className="text-sm wrap-anywhere">
                <span className="font-mono font-semibold">{ingress.name}</span> Ingress (
                {ingress.ingressClassName ?? 'no class'})
                {ingress.ingressClassName === 'alb' ? (
                  <LoadBalancerName
                    balancer={ingress.loadBalancer}
                    kind="Application Load Balancer"
                    now={state.now}
                  />
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
