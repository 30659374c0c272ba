import type { CommandError, Engine, Json, Step } from '../core/types';
import { parseEcsCommand, type EcsCommand } from './commands';
import { createCluster, deleteCluster } from './clusters';
import { chaosKillContainer, failAvailabilityZone, restoreAvailabilityZone, setAgentConnection } from './chaos';
import { interruptSpotTasks, setFargateSpotCapacity } from './fargate/spot';
import { changeRolePolicy, createLogGroup } from './iam-logs';
import { initEcsState } from './init';
import { launchInstances } from './instances/launch';
import {
  allocateAddress,
  associateRouteTable,
  createNatGateway,
  createRoute,
  createRouteTable,
  createSubnet,
  createVpcEndpoint,
} from './network';
import { startInstances, stopInstances, terminateInstances } from './instances/lifecycle';
import { deregisterContainerInstance, updateContainerInstancesState } from './instances/container-instance-state';
import { checkEcsInvariants } from './invariants';
import { createTargetGroup, modifyTargetGroupAttributes } from './elb';
import {
  createAutoScalingGroup,
  createCapacityProvider,
  createLaunchTemplate,
  putClusterCapacityProviders,
  putScalingPolicy,
  registerScalableTarget,
  setDesiredCapacity,
  setLoad,
} from './scaling';
import { createService, deleteService, reconcileServices, updateService } from './services';
import { deregisterTaskDefinition, registerTaskDefinition } from './taskdef';
import { runTask } from './tasks/run-task';
import { stopTask } from './tasks/stop-task';
import { nextChangeWithRegistry, tickWithRegistry } from './registry/registry-tick';
import { registryView, withRegistryStep } from './registry/registry-part';
import { applyEcrCommand } from '../ecr/engine';
import type { EcsState } from './types';
import { closeWorld, openWorld, type World } from './world';

/** What one command did: nothing to add, an API error, or an answer for the console. */
type Outcome = CommandError | null | { readonly response: Json } | { readonly ok: true } | { readonly ok: false; readonly error: CommandError };

function errorOf(outcome: Outcome): CommandError | undefined {
  if (outcome === null) return undefined;
  if ('code' in outcome) return outcome;
  if ('ok' in outcome && !outcome.ok) return outcome.error;
  return undefined;
}

function route(world: World, command: EcsCommand): Outcome {
  switch (command.type) {
    case 'RunInstances': {
      const { type: _type, ...request } = command;
      const result = launchInstances(world, request);
      return result.ok ? { response: { instanceIds: result.instances.map((i) => i.id) } } : result;
    }
    case 'TerminateInstances':
      return terminateInstances(world, command.ids);
    case 'StopInstances':
      return stopInstances(world, command.ids);
    case 'StartInstances':
      return startInstances(world, command.ids);
    case 'AttachRolePolicy':
      return changeRolePolicy(world, command.roleName, command.policyArn, true);
    case 'DetachRolePolicy':
      return changeRolePolicy(world, command.roleName, command.policyArn, false);
    case 'CreateLogGroup':
      return createLogGroup(world, command.logGroupName);
    case 'CreateTargetGroup':
      return createTargetGroup(world, command);
    case 'ModifyTargetGroupAttributes':
      return modifyTargetGroupAttributes(world, command);
    case 'CreateLaunchTemplate':
      return createLaunchTemplate(world, command);
    case 'CreateAutoScalingGroup':
      return createAutoScalingGroup(world, command);
    case 'SetDesiredCapacity':
      return setDesiredCapacity(world, command);
    case 'RegisterScalableTarget':
      return registerScalableTarget(world, command);
    case 'PutScalingPolicy':
      return putScalingPolicy(world, command);
    case 'CreateSubnet':
      return createSubnet(world, command);
    case 'CreateRouteTable':
      return createRouteTable(world, command);
    case 'AssociateRouteTable':
      return associateRouteTable(world, command);
    case 'CreateRoute':
      return createRoute(world, command);
    case 'AllocateAddress':
      return allocateAddress(world);
    case 'CreateNatGateway':
      return createNatGateway(world, command);
    case 'CreateVpcEndpoint':
      return createVpcEndpoint(world, command);
    case 'CreateCluster':
      return createCluster(world, command.clusterName);
    case 'DeleteCluster':
      return deleteCluster(world, command.cluster);
    case 'CreateCapacityProvider':
      return createCapacityProvider(world, command);
    case 'PutClusterCapacityProviders':
      return putClusterCapacityProviders(world, command);
    case 'RegisterTaskDefinition':
      return registerTaskDefinition(world, command.input);
    case 'DeregisterTaskDefinition':
      return deregisterTaskDefinition(world, command.taskDefinition);
    case 'RunTask':
      return runTask(world, command);
    case 'StopTask':
      return stopTask(world, command);
    case 'CreateService':
      return createService(world, command);
    case 'UpdateService':
      return updateService(world, command);
    case 'DeleteService':
      return deleteService(world, command);
    case 'UpdateContainerInstancesState': {
      const result = updateContainerInstancesState(world, command.cluster, command.containerInstances, command.status);
      return result.ok ? { response: { failures: result.failures } } : result;
    }
    case 'DeregisterContainerInstance':
      return deregisterContainerInstance(world, command.cluster, command.containerInstance, command.force ?? false);
    case 'FailAvailabilityZone':
      return failAvailabilityZone(world, command.az);
    case 'RestoreAvailabilityZone':
      return restoreAvailabilityZone(world, command.az);
    case 'DisconnectAgent':
      return setAgentConnection(world, command.instanceId, false);
    case 'ReconnectAgent':
      return setAgentConnection(world, command.instanceId, true);
    case 'KillContainer':
      return chaosKillContainer(world, command);
    case 'SetLoad':
      return setLoad(world, command);
    case 'InterruptSpotTasks':
      return interruptSpotTasks(world, command);
    case 'SetFargateSpotCapacity':
      return setFargateSpotCapacity(world, command.available);
    case 'Ecr':
      // Handled before a working copy is opened (applyEcsCommand).
      return null;
    default: {
      const unreachable: never = command;
      return unreachable;
    }
  }
}

/**
 * Applies one command at `state.now`. A refused command leaves the state as it was (only the
 * error event is reported); otherwise the service scheduler reacts at once.
 */
export function applyEcsCommand(state: EcsState, command: EcsCommand): Step<EcsState> {
  if (command.type === 'Ecr') return withRegistryStep(state, applyEcrCommand(registryView(state), command.command));
  const world = openWorld(state);
  const outcome = route(world, command);
  const error = errorOf(outcome);
  if (error !== undefined) return { state, events: world.events, error };
  reconcileServices(world);
  const response = outcome !== null && 'response' in outcome ? outcome.response : undefined;
  return { state: closeWorld(world), events: world.events, ...(response === undefined ? {} : { response }) };
}

/**
 * The Amazon ECS simulator: EC2 capacity registered by the ECS agent, task definitions, tasks and
 * their lifecycle, placement, services behind an Application Load Balancer, deployments, auto
 * scaling, capacity providers and failures, following shared/reference/aws-containers.md.
 */
export const ecsEngine: Engine<EcsState, EcsCommand> = {
  id: 'ecs',
  // 2: AWS Fargate's vCPU quotas, platform versions and Fargate Spot (fargate/).
  // 3: the account's ECR registry: docker and aws ecr, tasks run pushed images (registry/).
  // 4: a Fargate task pulls only through a network path: a public IP in a public subnet, a NAT
  //    gateway, or VPC endpoints (tasks/network-path.ts); subnets, routes, NAT gateways, endpoints (network/).
  // 5: a task's pull records the image's last pull time in the registry (registry/record-pull.ts).
  // 6: images are pulled in ACTIVATING (§3.1); PENDING lasts until the agent or Fargate picks the task up.
  // 7: Windows tasks on Fargate are refused at 8 and 16 vCPU (Linux only, §2.3).
  version: 7,
  title: 'Amazon ECS',
  init: initEcsState,
  apply: applyEcsCommand,
  tick: tickWithRegistry,
  nextChangeAt: nextChangeWithRegistry,
  parseCommand: parseEcsCommand,
  checkInvariants: checkEcsInvariants,
};
