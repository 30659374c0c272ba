import { ACCOUNT_ID, REGION } from '../ecs/catalog';

/** The account, Region and fixed figures of the ECR simulator (reference §8). */
export { ACCOUNT_ID, REGION };

/** The private registry of the account in the Region (§8.1). */
export const REGISTRY_HOST = `${ACCOUNT_ID}.dkr.ecr.${REGION}.amazonaws.com`;

/** GetAuthorizationToken's token is valid for 12 hours (§8.1). */
export const LOGIN_VALID_MS = 12 * 3_600_000;

/** Basic scanning: one scan of an image per 24 hours (§8.4); a scan takes some seconds. */
export const SCAN_INTERVAL_MS = 24 * 3_600_000;
export const SCAN_DURATION_MS = { min: 8_000, max: 25_000 } as const;

/** A lifecycle policy acts within 24 hours (§8.5); a preview completes in seconds. */
export const LIFECYCLE_DELAY_MS = { min: 3_600_000, max: 24 * 3_600_000 } as const;
export const LIFECYCLE_PERIOD_MS = 24 * 3_600_000;
export const PREVIEW_DURATION_MS = 5_000;

/**
 * Private repository storage, $0.10 per GB-month (§8.7; third-party pages citing the price page,
 * 2026, unconfirmed against the official page). ECR counts a GB as 2^30 bytes of stored layers.
 */
export const STORAGE_USD_PER_GB_MONTH = 0.1;
export const PRICES_AS_OF = 'March 2026';

/** §8.1: private repository names are 2 to 256 characters. */
export const REPOSITORY_NAME_MAX = 256;
