import type { OptionId } from '@/lib/compare';
import type { PriceList } from '@/lib/sim/pricing';
import { ALB_PRICE_LIST } from '@/lib/sim/pricing/alb';
import { EC2_PRICE_LIST } from '@/lib/sim/pricing/ec2';
import { EKS_PRICE_LIST } from '@/lib/sim/pricing/eks';
import { FARGATE_PRICE_LIST } from '@/lib/sim/pricing/fargate';
import { LAMBDA_PRICE_LIST } from '@/lib/sim/pricing/lambda';

/**
 * How each option is drawn. Lines differ in dash pattern and end marker as well as colour, and
 * carry their name at the line's end, so the chart reads in grayscale and without the colours.
 */
export interface OptionLook {
  /** The name at the end of its line and on narrow cards. */
  readonly short: string;
  readonly stroke: string;
  readonly fill: string;
  readonly text: string;
  readonly dash?: string;
  readonly marker: 'square' | 'circle' | 'triangle' | 'diamond' | 'bar' | 'ring';
  /** The price lists its bill uses, for the dates beside its meter. */
  readonly prices: readonly PriceList[];
}

export const OPTION_LOOKS: Readonly<Record<OptionId, OptionLook>> = {
  'ec2-vms': {
    short: 'EC2 VMs',
    stroke: 'stroke-slate-700 dark:stroke-slate-300',
    fill: 'fill-slate-700 dark:fill-slate-300',
    text: 'text-slate-800 dark:text-slate-200',
    marker: 'square',
    prices: [EC2_PRICE_LIST, ALB_PRICE_LIST],
  },
  'ecs-ec2': {
    short: 'ECS on EC2',
    stroke: 'stroke-amber-700 dark:stroke-amber-400',
    fill: 'fill-amber-700 dark:fill-amber-400',
    text: 'text-amber-800 dark:text-amber-300',
    dash: '10 5',
    marker: 'diamond',
    prices: [EC2_PRICE_LIST, ALB_PRICE_LIST],
  },
  eks: {
    short: 'EKS',
    stroke: 'stroke-violet-700 dark:stroke-violet-300',
    fill: 'fill-violet-700 dark:fill-violet-300',
    text: 'text-violet-800 dark:text-violet-300',
    dash: '2 5',
    marker: 'triangle',
    prices: [EKS_PRICE_LIST, EC2_PRICE_LIST, ALB_PRICE_LIST],
  },
  'ecs-fargate': {
    short: 'Fargate',
    stroke: 'stroke-accent-600 dark:stroke-accent-300',
    fill: 'fill-accent-600 dark:fill-accent-300',
    text: 'text-accent-700 dark:text-accent-300',
    marker: 'circle',
    prices: [FARGATE_PRICE_LIST, ALB_PRICE_LIST],
  },
  'ecs-express': {
    short: 'Express',
    stroke: 'stroke-sky-700 dark:stroke-sky-300',
    fill: 'fill-sky-700 dark:fill-sky-300',
    text: 'text-sky-800 dark:text-sky-300',
    dash: '14 4 3 4',
    marker: 'ring',
    prices: [FARGATE_PRICE_LIST, ALB_PRICE_LIST],
  },
  lambda: {
    short: 'Lambda',
    stroke: 'stroke-rose-700 dark:stroke-rose-300',
    fill: 'fill-rose-700 dark:fill-rose-300',
    text: 'text-rose-800 dark:text-rose-300',
    dash: '6 3',
    marker: 'bar',
    prices: [LAMBDA_PRICE_LIST],
  },
};
