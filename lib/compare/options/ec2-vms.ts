import { ec2Hourly } from '../../sim/pricing/ec2';
import { albLines } from '../alb-lines';
import { BASELINE_REPLICAS } from '../figures';
import { served } from '../scaling';
import { instanceVcpu } from '../sizes';
import { replicaCapacityRps } from '../workload';
import type { OptionModel } from './option-model';

/**
 * nginx installed straight on three EC2 instances behind an Application Load Balancer. Nothing
 * scales them: without an Auto Scaling group the count stays what you launched, and requests
 * beyond what the VMs serve wait or fail. Each VM's nginx uses all its vCPUs.
 */
export const ec2Vms: OptionModel = {
  id: 'ec2-vms',
  name: 'EC2 VMs',
  replicaWord: 'VMs',
  limits: () => ({ min: BASELINE_REPLICAS, max: BASELINE_REPLICAS }),
  rule: (size) =>
    `${BASELINE_REPLICAS} × ${size.vmType}, fixed: you add VMs by hand or set up an Auto Scaling group.`,
  run(load, size) {
    const perVm = replicaCapacityRps(instanceVcpu(size.vmType));
    const replicas = load.map(() => BASELINE_REPLICAS);
    const hourly = BASELINE_REPLICAS * ec2Hourly(size.vmType);
    return {
      replicas,
      ready: replicas,
      hosts: replicas,
      servedRps: served(load, replicas, perVm),
      lines: [
        {
          key: 'ec2',
          label: `${BASELINE_REPLICAS} × ${size.vmType} On-Demand`,
          perMinute: load.map(() => hourly / 60),
        },
        ...albLines(load),
      ],
    };
  },
};
