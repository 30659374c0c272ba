/** The default VPC's subnets, route tables, NAT gateways and VPC endpoints (reference §6). */
export { associateRouteTable, createRoute, createRouteTable, createSubnet } from './subnets';
export { allocateAddress, createNatGateway, createVpcEndpoint } from './gateways';
export {
  defaultRouteTarget,
  endpointServiceName,
  endpointState,
  INTERNET_GATEWAY_ID,
  isPublicSubnet,
  MAIN_ROUTE_TABLE_ID,
  natGatewayState,
  networkOf,
  routeTableOf,
  S3_PREFIX_LIST_ID,
  subnetHostAddress,
  VPC_CIDR,
} from './vpc';
