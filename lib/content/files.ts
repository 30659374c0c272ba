import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { ContentError } from './content-error';

/** The content folder. Build and tests run from the project root. */
export const contentRoot = join(process.cwd(), 'content');

export function contentPath(...parts: string[]): string {
  return join(contentRoot, ...parts);
}

export function displayPath(path: string): string {
  return relative(process.cwd(), path);
}

export function readText(path: string): string {
  if (!existsSync(path)) throw new ContentError(displayPath(path), ['file does not exist']);
  return readFileSync(path, 'utf8');
}

export function readYaml(path: string): unknown {
  try {
    return parseYaml(readText(path));
  } catch (error) {
    if (error instanceof ContentError) throw error;
    throw new ContentError(displayPath(path), [`YAML syntax: ${(error as Error).message.split('\n')[0]}`]);
  }
}

export function listFiles(folder: string, extension: string): string[] {
  const path = contentPath(folder);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((name) => name.endsWith(extension))
    .map((name) => name.slice(0, -extension.length))
    .sort();
}
