/**
 * Dated price lists, one module each, us-east-1, USD. Import the functions from their module;
 * this list is for the UI, which prints every list's source and date.
 */
import { ALB_PRICE_LIST } from './alb';
import { EC2_PRICE_LIST } from './ec2';
import { EKS_PRICE_LIST } from './eks';
import { FARGATE_PRICE_LIST } from './fargate';
import { LAMBDA_PRICE_LIST } from './lambda';
import type { PriceList } from './price-list';

export type { PriceList } from './price-list';
export { priceDate } from './price-list';

export const PRICE_LISTS: readonly PriceList[] = [
  FARGATE_PRICE_LIST,
  EC2_PRICE_LIST,
  EKS_PRICE_LIST,
  ALB_PRICE_LIST,
  LAMBDA_PRICE_LIST,
];
