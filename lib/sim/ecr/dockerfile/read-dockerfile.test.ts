import { describe, expect, it } from 'vitest';
import { readDockerfile } from './read-dockerfile';

/** §10.3: BuildKit's parser, its error texts, and what each instruction becomes. */
describe('readDockerfile', () => {
  it('reads instructions in any case, with comments and continuation lines', () => {
    const read = readDockerfile('# web\nfrom nginx:1.27-alpine\nRUN apk add \\\n  curl\nCOPY index.html /usr/share/nginx/html/\nEXPOSE 80/tcp\nCMD ["nginx", "-g", "daemon off;"]\n');
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.instructions.map((instruction) => instruction.kind)).toEqual(['FROM', 'RUN', 'COPY', 'EXPOSE', 'CMD']);
    expect(read.instructions[1]).toMatchObject({ command: 'apk add curl', line: 3 });
    expect(read.instructions[4]).toMatchObject({ argv: ['nginx', '-g', 'daemon off;'] });
  });

  it('wraps shell form in /bin/sh -c', () => {
    const read = readDockerfile('FROM alpine\nCMD echo hi');
    expect(read.ok && read.instructions[1]).toMatchObject({ argv: ['/bin/sh', '-c', 'echo hi'] });
  });

  it.each([
    ['', 'file with no instructions'],
    ['RUN echo hi\nFROM alpine', 'no build stage in current context'],
    ['FROM alpine\nRUNN echo', 'dockerfile parse error on line 2: unknown instruction: RUNN (did you mean run?)'],
    ['FROM', 'dockerfile parse error on line 1: FROM requires either one or three arguments'],
    ['FROM alpine\nCOPY index.html', 'dockerfile parse error on line 2: COPY requires at least two arguments, but only one was provided. Destination could not be determined'],
    ['FROM alpine\nEXPOSE http', 'invalid containerPort: http'],
    ['FROM alpine\nWORKDIR', 'dockerfile parse error on line 2: WORKDIR requires exactly one argument'],
  ])('refuses %j with %s', (text, error) => {
    expect(readDockerfile(text)).toEqual({ ok: false, error });
  });

  it('says in words which real instructions and multi-stage builds it does not model', () => {
    const volume = readDockerfile('FROM alpine\nVOLUME /data');
    expect(!volume.ok && volume.error).toMatch(/^Dockyard: VOLUME \(line 2\) is a real instruction/);
    const stages = readDockerfile('FROM node:22-alpine AS build\nRUN npm ci\nFROM nginx:1.27-alpine');
    expect(!stages.ok && stages.error).toMatch(/single-stage/);
  });

  it('lets ARG come before FROM', () => {
    expect(readDockerfile('ARG VERSION=1\nFROM alpine').ok).toBe(true);
  });
});
