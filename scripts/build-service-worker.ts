/**
 * After `next build`: writes `out/sw.js`, the service worker that keeps the whole course for
 * offline use, with the list of the export's files and a version that changes with any of them.
 */
import { build } from 'esbuild';
import { offlineManifest } from '../lib/offline/manifest';

const OUT = 'out';

async function main() {
  const manifest = offlineManifest(OUT);
  await build({
    entryPoints: ['lib/offline/service-worker.ts'],
    outfile: `${OUT}/sw.js`,
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    define: {
      __DOCKYARD_VERSION__: JSON.stringify(manifest.version),
      __DOCKYARD_FILES__: JSON.stringify(manifest.urls),
    },
    logLevel: 'warning',
  });
  const megabytes = (manifest.bytes / 1024 / 1024).toFixed(1);
  console.log(
    `sw.js: version ${manifest.version}, ${manifest.urls.length} files (${megabytes} MB) kept for offline use`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
