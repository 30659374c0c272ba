/**
 * The AWS CLI's client-side parameter validation (botocore's `Parameter validation failed:`
 * report) and the ECS request shapes the console validates against.
 */
export { formatValidationReport, paramValidationErrors, validateParams } from './validate';
export type { Shape, StructureShape } from './shape';
export { pythonRepr, pythonStr, pythonTypeName } from './python-repr';
export { CONTAINER_DEFINITION } from './ecs-container-definition-shape';
export {
  REGISTER_TASK_DEFINITION_INPUT,
  TAGS,
  TASK_DEFINITION_PLACEMENT_CONSTRAINTS,
} from './ecs-task-definition-shape';
export {
  CAPACITY_PROVIDER_STRATEGY,
  DEPLOYMENT_CONFIGURATION,
  LOAD_BALANCERS,
  NETWORK_CONFIGURATION,
  PLACEMENT_CONSTRAINTS,
  PLACEMENT_STRATEGY,
} from './ecs-run-shapes';
