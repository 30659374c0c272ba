const LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

/** A namespace's name is an RFC 1123 label (63 characters at most): the API server's refusal, or null. */
export function namespaceNameProblem(name: string): string | null {
  if (LABEL.test(name) && name.length <= 63) return null;
  return `The Namespace "${name}" is invalid: metadata.name: Invalid value: "${name}": ${
    name.length > 63
      ? 'must be no more than 63 characters'
      : "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
  }`;
}
