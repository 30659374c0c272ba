/**
 * The small images the "Which layers are pushed?" questions build: each a Dockerfile on one of the
 * ECR simulator's base images (lib/sim/ecr/base-images.ts), its build context, and the changes a
 * developer makes before the next build. Metadata changes come after the last RUN or COPY, and
 * no change touches ENV or WORKDIR, whose effect on later steps BuildKit and the simulator would
 * model differently.
 */
export type ChangeKind = 'edit' | 'run' | 'metadata' | 'base';

export interface PushChange {
  readonly kind: ChangeKind;
  /** What the developer did, for the stem: "you add a line to `requirements.txt`". */
  readonly words: string;
  /** An edited file of the build context, when the change is to a file rather than the Dockerfile. */
  readonly edit?: { readonly name: string; readonly text: string };
  /** The second build's Dockerfile, when the change is to the Dockerfile. */
  readonly dockerfile?: readonly string[];
}

export interface PushApp {
  readonly repository: string;
  readonly dockerfile: readonly string[];
  readonly files: Readonly<Record<string, string>>;
  readonly changes: readonly PushChange[];
}

const insert = (lines: readonly string[], at: number, line: string) => [
  ...lines.slice(0, at),
  line,
  ...lines.slice(at),
];
const replace = (lines: readonly string[], at: number, line: string) =>
  lines.map((old, index) => (index === at ? line : old));
const LABEL = 'LABEL version=1.1';

const SITE_FILES = {
  'default.conf':
    'server {\n    listen 80;\n    root /usr/share/nginx/html;\n    location / { try_files $uri $uri/ =404; }\n}\n',
  'index.html':
    '<!doctype html>\n<html lang="en">\n  <head><meta charset="utf-8"><title>Harbour times</title></head>\n  <body><h1>Today in the harbour</h1></body>\n</html>\n',
  'style.css': 'body { font-family: system-ui, sans-serif; margin: 2rem; }\n',
};

function site(from: string, newBase: string, baseWords: string): PushApp {
  const dockerfile = [
    `FROM ${from}`,
    'COPY default.conf /etc/nginx/conf.d/',
    'COPY index.html style.css /usr/share/nginx/html/',
    'EXPOSE 80',
  ];
  return {
    repository: 'site',
    dockerfile,
    files: SITE_FILES,
    changes: [
      {
        kind: 'edit',
        words: 'you turn on compression with a `gzip on;` line in `default.conf`',
        edit: {
          name: 'default.conf',
          text: SITE_FILES['default.conf'].replace('    listen 80;\n', '    listen 80;\n    gzip on;\n'),
        },
      },
      {
        kind: 'edit',
        words: 'you change the heading in `index.html`',
        edit: {
          name: 'index.html',
          text: SITE_FILES['index.html'].replace('Today in the harbour', 'This week in the harbour'),
        },
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line that removes nginx’s stock error page',
        dockerfile: insert(dockerfile, 3, 'RUN rm /usr/share/nginx/html/50x.html'),
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line before the first `COPY`',
        dockerfile: insert(dockerfile, 1, 'RUN mkdir -p /var/cache/nginx/site'),
      },
      { kind: 'metadata', words: 'you add a version label', dockerfile: [...dockerfile, LABEL] },
      {
        kind: 'metadata',
        words: 'you spell out the command nginx runs',
        dockerfile: [...dockerfile, 'CMD ["nginx", "-g", "daemon off;"]'],
      },
      { kind: 'base', words: baseWords, dockerfile: replace(dockerfile, 0, `FROM ${newBase}`) },
    ],
  };
}

const API_FILES = {
  'requirements.txt': 'flask==3.0.3\n',
  'app.py':
    'from flask import Flask\n\napp = Flask(__name__)\n\n@app.get("/")\ndef hello():\n    return "orders"\n\napp.run(host="0.0.0.0", port=8080)\n',
};
const API = [
  'FROM python:3.12-slim',
  'WORKDIR /app',
  'COPY requirements.txt .',
  'RUN pip install --no-cache-dir -r requirements.txt',
  'COPY app.py .',
  'CMD ["python3", "app.py"]',
];

const WORKER_FILES = {
  'package.json': '{\n  "name": "worker",\n  "dependencies": { "pino": "9.5.0" }\n}\n',
  'package-lock.json': '{\n  "name": "worker",\n  "lockfileVersion": 3\n}\n',
  'server.js': "const log = require('pino')();\nsetInterval(() => log.info('polling the queue'), 5000);\n",
};
const WORKER = [
  'FROM node:22-alpine',
  'WORKDIR /app',
  'COPY package.json package-lock.json ./',
  'RUN npm ci --omit=dev',
  'COPY server.js .',
  'CMD ["node", "server.js"]',
];

const CHECKER_FILES = {
  'check.js': "fetch('http://orders:8080/').then((r) => process.exit(r.ok ? 0 : 1));\n",
};
const CHECKER_ALPINE = [
  'FROM alpine:3.20',
  'RUN apk add --no-cache nodejs',
  'COPY check.js /app/',
  'CMD ["node", "/app/check.js"]',
];
const CHECKER_NODE = ['FROM node:22-alpine', 'COPY check.js /app/', 'CMD ["node", "/app/check.js"]'];

function checker(dockerfile: readonly string[], other: readonly string[], baseWords: string): PushApp {
  const last = dockerfile.length - 1;
  return {
    repository: 'checker',
    dockerfile,
    files: CHECKER_FILES,
    changes: [
      {
        kind: 'edit',
        words: 'you change the URL that `check.js` fetches',
        edit: {
          name: 'check.js',
          text: CHECKER_FILES['check.js'].replace('http://orders:8080/', 'http://orders:8080/health'),
        },
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line that installs curl',
        dockerfile: insert(dockerfile, 1, 'RUN apk add --no-cache curl'),
      },
      { kind: 'metadata', words: 'you add a version label', dockerfile: [...dockerfile, LABEL] },
      {
        kind: 'metadata',
        words: 'you add a flag to the command',
        dockerfile: replace(dockerfile, last, 'CMD ["node", "/app/check.js", "--verbose"]'),
      },
      { kind: 'base', words: baseWords, dockerfile: other },
    ],
  };
}

export const PUSH_APPS: readonly PushApp[] = [
  site(
    'nginx:1.27-alpine',
    'nginx:1.27',
    'you move from the Alpine variant of nginx to the Debian one, `nginx:1.27`',
  ),
  site('nginx:1.27', 'nginx:1.27-alpine', 'you move to the smaller Alpine variant, `nginx:1.27-alpine`'),
  site('nginx:1.21', 'nginx:1.27', 'you upgrade the base image from `nginx:1.21` to `nginx:1.27`'),
  {
    repository: 'orders',
    dockerfile: API,
    files: API_FILES,
    changes: [
      {
        kind: 'edit',
        words: 'you add a package to `requirements.txt`',
        edit: { name: 'requirements.txt', text: `${API_FILES['requirements.txt']}gunicorn==23.0.0\n` },
      },
      {
        kind: 'edit',
        words: 'you change what `app.py` returns',
        edit: { name: 'app.py', text: API_FILES['app.py'].replace('"orders"', '"orders v2"') },
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line that installs curl, right after `WORKDIR`',
        dockerfile: insert(API, 2, 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line that compiles the code',
        dockerfile: insert(API, 5, 'RUN python3 -m compileall .'),
      },
      {
        kind: 'metadata',
        words: 'you make Python’s output unbuffered in the command',
        dockerfile: replace(API, 5, 'CMD ["python3", "-u", "app.py"]'),
      },
      { kind: 'metadata', words: 'you add a version label', dockerfile: [...API, LABEL] },
    ],
  },
  {
    repository: 'worker',
    dockerfile: WORKER,
    files: WORKER_FILES,
    changes: [
      {
        kind: 'edit',
        words: 'you upgrade a dependency in `package.json`',
        edit: { name: 'package.json', text: WORKER_FILES['package.json'].replace('9.5.0', '9.6.0') },
      },
      {
        kind: 'edit',
        words: 'you change the polling interval in `server.js`',
        edit: { name: 'server.js', text: WORKER_FILES['server.js'].replace('5000', '2000') },
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line that installs tini, right after `WORKDIR`',
        dockerfile: insert(WORKER, 2, 'RUN apk add --no-cache tini'),
      },
      {
        kind: 'run',
        words: 'you add a `RUN` line that hands /app to the node user',
        dockerfile: insert(WORKER, 5, 'RUN chown -R node:node /app'),
      },
      {
        kind: 'metadata',
        words: 'you run the process as the node user',
        dockerfile: insert(WORKER, 5, 'USER node'),
      },
      { kind: 'metadata', words: 'you add a version label', dockerfile: [...WORKER, LABEL] },
    ],
  },
  checker(
    CHECKER_ALPINE,
    CHECKER_NODE,
    'you switch the base to `node:22-alpine` and drop the `apk add nodejs` line',
  ),
  checker(
    CHECKER_NODE,
    CHECKER_ALPINE,
    'to save space you switch the base to `alpine:3.20` and install Node.js with apk',
  ),
];
