import type { z } from '@/lib/zod';

/** A content file that fails its schema. The message names the file and the field at fault. */
export class ContentError extends Error {
  constructor(
    readonly file: string,
    readonly problems: readonly string[],
  ) {
    super(`${file} is not valid:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ContentError';
  }
}

export function describeIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    return `${path || '(root)'}: ${issue.message}`;
  });
}

/** Parses with a schema or throws a ContentError naming the file and every field at fault. */
export function parseOrThrow<T>(schema: z.ZodType<T>, data: unknown, file: string, prefix = ''): T {
  const result = schema.safeParse(data);
  if (!result.success) throw new ContentError(file, describeIssues(result.error, prefix));
  return result.data;
}
