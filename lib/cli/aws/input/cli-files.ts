import type { CliContext } from '../../types';

/**
 * A `CliContext` over a fixed set of files, keyed by the path as typed after `file://`
 * (`taskdef.json`, `./taskdef.json`). For tests, scripts' fixtures and the course's example files.
 */
export function cliFiles(files: Readonly<Record<string, string>>): CliContext {
  return {
    readFile(path) {
      const key = path.startsWith('./') ? path.slice(2) : path;
      const text = Object.hasOwn(files, path)
        ? files[path]
        : Object.hasOwn(files, key)
          ? files[key]
          : undefined;
      return text === undefined ? { ok: false } : { ok: true, text };
    },
    listFiles: () => Object.keys(files),
  };
}
