import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { listFiles, zipSizeOf } from './zip-size.mjs';

function gzipSize(bytes) {
  return gzipSync(bytes, { level: 9 }).length;
}

/** Raw and gzip bytes of a set of files in `dir`, summed. */
function measureFiles(dir, files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join(dir, file));
    raw += bytes.length;
    gzip += gzipSize(bytes);
  }
  return { raw, gzip, files };
}

/** Static `import … from "./x.js"` / `import "./x.js"` of a built chunk, resolved to dir paths. */
function staticImports(dir, file) {
  const code = readFileSync(join(dir, file), 'utf8');
  const found = [];
  for (const match of code.matchAll(
    /(?:^|[;\s}])import\s*(?:[^'"();]*?\sfrom\s*)?["']([^"']+\.js)["']/g,
  )) {
    found.push(
      normalize(join(dirname(file), match[1]))
        .split('\\')
        .join('/'),
    );
  }
  return found;
}

/**
 * An extension page as the browser loads it: the HTML, its scripts and styles, and every
 * chunk they import statically, transitively (React's shared chunk included).
 */
function pageFiles(dir, html) {
  const markup = readFileSync(join(dir, html), 'utf8');
  const queue = [...markup.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  const files = new Set([html]);
  while (queue.length > 0) {
    const file = queue.shift();
    if (files.has(file) || !existsSync(join(dir, file))) continue;
    files.add(file);
    if (file.endsWith('.js')) queue.push(...staticImports(dir, file));
  }
  return [...files];
}

/**
 * Sizes of one production build: the content script with its UI (its script and the
 * stylesheet its shadow root loads), each extension page with what it loads, the background,
 * and the store zip.
 */
export function measureBuild(dir) {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No build at ${dir}: run npm run build first`);
  }
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const all = listFiles(dir);
  const contentScripts = {};
  for (const script of manifest.content_scripts ?? []) {
    for (const js of script.js ?? []) {
      const name = js.replace(/^content-scripts\//, '').replace(/\.js$/, '');
      // WXT's shadow-root UI fetches content-scripts/<name>.css itself (not in the manifest).
      const styles = all.filter(
        (f) => f === `content-scripts/${name}.css` || (script.css ?? []).includes(f),
      );
      contentScripts[name] = measureFiles(dir, [js, ...styles]);
    }
  }
  const pages = {};
  for (const html of all.filter((f) => f.endsWith('.html'))) {
    pages[html.replace(/\.html$/, '')] = measureFiles(dir, pageFiles(dir, html));
  }
  const worker = manifest.background?.service_worker ?? manifest.background?.scripts?.[0];
  return {
    dir,
    contentScripts,
    pages,
    background: worker ? measureFiles(dir, [worker]) : null,
    total: measureFiles(dir, all),
    zip: zipSizeOf(dir),
  };
}

/** The production builds whose sizes the budgets cover. */
export const PRODUCTION_BUILDS = { chrome: '.output/chrome-mv3', firefox: '.output/firefox-mv3' };

export function measureProductionBuilds(root) {
  return Object.fromEntries(
    Object.entries(PRODUCTION_BUILDS).map(([browser, dir]) => [
      browser,
      measureBuild(join(root, dir)),
    ]),
  );
}
