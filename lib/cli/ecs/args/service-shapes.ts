import {
  boolean,
  document,
  double,
  integer,
  list,
  string,
  STRING_LIST,
  structure,
  type Shape,
} from '../../aws/param-validation/shape';

/**
 * botocore's shapes for the structure parameters of the non-ECS operations this console
 * simulates (EC2, Auto Scaling, ELB, Application Auto Scaling), members in the API models' order.
 * Members the simulator does not read are kept as free-form so botocore's "must be one of" lists
 * stay whole.
 */

const EC2_TAGS = list(structure({ Key: string(), Value: string() }));

export const IAM_INSTANCE_PROFILE: Shape = structure({ Arn: string(), Name: string() });

export const EC2_FILTERS: Shape = list(structure({ Name: string(), Values: STRING_LIST }));

export const TAG_SPECIFICATIONS: Shape = list(structure({ ResourceType: string(), Tags: EC2_TAGS }));

export const LAUNCH_TEMPLATE_DATA: Shape = structure({
  KernelId: string(),
  EbsOptimized: boolean(),
  IamInstanceProfile: IAM_INSTANCE_PROFILE,
  BlockDeviceMappings: list(document()),
  NetworkInterfaces: list(document()),
  ImageId: string(),
  InstanceType: string(),
  KeyName: string(),
  Monitoring: structure({ Enabled: boolean() }),
  Placement: document(),
  RamDiskId: string(),
  DisableApiTermination: boolean(),
  InstanceInitiatedShutdownBehavior: string(),
  UserData: string(),
  TagSpecifications: TAG_SPECIFICATIONS,
  ElasticGpuSpecifications: list(document()),
  ElasticInferenceAccelerators: list(document()),
  SecurityGroupIds: STRING_LIST,
  SecurityGroups: STRING_LIST,
  InstanceMarketOptions: document(),
  CreditSpecification: document(),
  CpuOptions: document(),
  CapacityReservationSpecification: document(),
  LicenseSpecifications: list(document()),
  HibernationOptions: document(),
  MetadataOptions: document(),
  EnclaveOptions: document(),
  InstanceRequirements: document(),
  PrivateDnsNameOptions: document(),
  MaintenanceOptions: document(),
  DisableApiStop: boolean(),
  Operator: document(),
  NetworkPerformanceOptions: document(),
});

export const ASG_LAUNCH_TEMPLATE: Shape = structure({
  LaunchTemplateId: string(1),
  LaunchTemplateName: string(3),
  Version: string(1),
});

export const ASG_TAGS: Shape = list(
  structure(
    {
      ResourceId: string(1),
      ResourceType: string(1),
      Key: string(1),
      Value: string(0),
      PropagateAtLaunch: boolean(),
    },
    ['Key'],
  ),
);

export const AUTO_SCALING_GROUP_PROVIDER: Shape = structure(
  {
    autoScalingGroupArn: string(),
    managedScaling: structure({
      status: string(),
      targetCapacity: integer(1),
      minimumScalingStepSize: integer(1),
      maximumScalingStepSize: integer(1),
      instanceWarmupPeriod: integer(0),
    }),
    managedTerminationProtection: string(),
    managedDraining: string(),
  },
  ['autoScalingGroupArn'],
);

export const ELB_TAGS: Shape = list(structure({ Key: string(1), Value: string() }, ['Key']), 1);

export const TARGET_GROUP_ATTRIBUTES: Shape = list(structure({ Key: string(), Value: string() }));

export const ELB_TARGETS: Shape = list(
  structure({ Id: string(), Port: integer(1), AvailabilityZone: string() }, ['Id']),
);

export const TARGET_TRACKING_CONFIGURATION: Shape = structure(
  {
    TargetValue: double(),
    PredefinedMetricSpecification: structure({ PredefinedMetricType: string(), ResourceLabel: string(1) }, [
      'PredefinedMetricType',
    ]),
    CustomizedMetricSpecification: document(),
    ScaleOutCooldown: integer(),
    ScaleInCooldown: integer(),
    DisableScaleIn: boolean(),
  },
  ['TargetValue'],
);
