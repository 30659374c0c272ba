import { REPOSITORY_NAME_MAX } from './figures';

/**
 * §8.1: private repository names match the CreateRepository pattern and are 2–256 characters.
 * The messages are ECR's (InvalidParameterException), as public reports quote them.
 */
export const REPOSITORY_NAME_PATTERN = '(?:[a-z0-9]+(?:[._-][a-z0-9]+)*/)*[a-z0-9]+(?:[._-][a-z0-9]+)*';
const NAME = new RegExp(`^${REPOSITORY_NAME_PATTERN}$`);

export function repositoryNameProblem(name: string): string | null {
  if (name.length < 2) return "Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must have length greater than or equal to 2'";
  if (name.length > REPOSITORY_NAME_MAX)
    return `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must have length less than or equal to ${REPOSITORY_NAME_MAX}'`;
  if (!NAME.test(name)) return `Invalid parameter at 'repositoryName' failed to satisfy constraint: 'must satisfy regular expression '${REPOSITORY_NAME_PATTERN}''`;
  return null;
}
