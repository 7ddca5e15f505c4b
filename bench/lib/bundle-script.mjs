import { join } from 'node:path';

/**
 * Bundles `entry` (and what it imports from the project) into one classic script,
 * `outDir/fileName`, as production code: what the bench's stand-ins and probes are built
 * into, beside WXT's builds. Returns the script's path.
 */
export async function bundleScript({ root, entry, outDir, fileName, globalName }) {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root,
    publicDir: false,
    logLevel: 'warn',
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      outDir,
      emptyOutDir: true,
      lib: { entry, formats: ['iife'], name: globalName, fileName: () => fileName },
    },
  });
  return join(outDir, fileName);
}
