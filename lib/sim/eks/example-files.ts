import { ADD_ON_FILES } from './example-files/add-ons';
import { TRAFFIC_FILES } from './example-files/traffic';
import { WORKLOAD_FILES } from './example-files/workloads';

/**
 * Manifests the browser console can apply by name (`kubectl apply -f web.yaml`), and that the
 * lessons and presets use. The runner reads files beside the script first.
 */
export const EKS_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  ...WORKLOAD_FILES,
  ...TRAFFIC_FILES,
  ...ADD_ON_FILES,
};
