import { ec2Vms } from './ec2-vms';
import { ecsEc2 } from './ecs-ec2';
import { ecsExpress } from './ecs-express';
import { ecsFargate } from './ecs-fargate';
import { eks } from './eks';
import { lambda } from './lambda';
import type { OptionModel } from './option-model';

export type { OptionModel } from './option-model';
export { replicaNoun } from './option-model';

/** The six options, in the order the picture shows them: most to least you manage. */
export const OPTION_MODELS: readonly OptionModel[] = [ec2Vms, ecsEc2, eks, ecsFargate, ecsExpress, lambda];
