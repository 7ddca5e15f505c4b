import { join } from 'node:path';

/**
 * Bundles `entry` (and what it imports, packages included) into one file, `outDir/fileName`,
 * as production code: what the bench's stand-ins and probes are built into, beside WXT's
 * builds. `format` 'iife' (the default) makes a classic script that sets `globalName`; 'es'
 * makes a module. Returns the file's path.
 */
export async function bundleScript({ root, entry, outDir, fileName, globalName, format = 'iife' }) {
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
      lib: { entry, formats: [format], name: globalName, fileName: () => fileName },
    },
  });
  return join(outDir, fileName);
}
