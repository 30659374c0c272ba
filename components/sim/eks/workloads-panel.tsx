'use client';

import { useMemo } from 'react';
import { deploymentObject } from '@/lib/cli/eks/kubectl-objects';
import { serviceEndpoints } from '@/lib/sim/eks/services';
import type { EksState } from '@/lib/sim/eks/types';
import type { EksInspect } from './inspect-target';
import { SYSTEM_NAMESPACE } from './picture-model';

const linkClass = 'text-accent-700 dark:text-accent-300 font-mono font-semibold underline underline-offset-2';

/** The learner's Deployments (READY as kubectl counts it) and Services (endpoints, load balancer). */
export function WorkloadsPanel({
  state,
  onInspect,
}: {
  state: Pick<EksState, 'deployments' | 'replicaSets' | 'pods' | 'services' | 'now'>;
  onInspect: EksInspect;
}) {
  const deployments = useMemo(
    () =>
      state.deployments
        .filter((deployment) => deployment.namespace !== SYSTEM_NAMESPACE)
        .map((deployment) => ({
          deployment,
          status: deploymentObject(state as EksState, deployment).status,
        })),
    [state],
  );
  const services = state.services.filter(
    (service) => service.namespace !== SYSTEM_NAMESPACE && service.name !== 'kubernetes',
  );
  if (deployments.length === 0 && services.length === 0) return null;
  return (
    <section role="group" aria-label="Deployments and Services" className="grid gap-3 sm:grid-cols-2">
      {deployments.length > 0 && (
        <div>
          <h3 className="font-semibold">Deployments</h3>
          <ul className="mt-1 space-y-1">
            {deployments.map(({ deployment, status }) => (
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
              </li>
            ))}
          </ul>
        </div>
      )}
      {services.length > 0 && (
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
                  {service.type === 'LoadBalancer' &&
                    (service.loadBalancer === null || service.loadBalancer.readyAt > state.now ? (
                      ' · load balancer being created'
                    ) : (
                      <span className="block font-mono">{service.loadBalancer.hostname}</span>
                    ))}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}
