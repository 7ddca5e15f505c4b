import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PAGES_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'pages');

/**
 * URL path → file in bench/pages. Invoice screens sit under /invoices/<number> as BuildOps
 * routes them (the guard also treats such a path as an invoice page); the list is /invoices,
 * the grid a job's invoices tab; the dashboard and the customer list show no invoice.
 */
export const BENCH_ROUTES = {
  '/invoices/INV-20417': 'invoice-detail.html',
  '/invoices': 'invoice-list.html',
  '/invoices/INV-20418': 'mutation-storm.html',
  '/invoices/INV-20419': 'late-invoice.html',
  '/jobs/J-88213/invoices': 'invoice-grid.html',
  '/dashboard': 'dashboard.html',
  '/customers': 'customer-list.html',
  '/app.js': 'app.js',
  '/mark-watch.js': 'mark-watch.js',
  '/verdict-watch.js': 'verdict-watch.js',
};

/** The bench's pages by name, as paths on the bench server. */
export const BENCH_PAGES = {
  detail: '/invoices/INV-20417',
  list: '/invoices',
  storm: '/invoices/INV-20418',
  late: '/invoices/INV-20419',
  grid: '/jobs/J-88213/invoices',
  dashboard: '/dashboard',
  customers: '/customers',
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };

/**
 * Serves the bench pages on 127.0.0.1 at a free port, where the e2e build's content script
 * runs. Files are read once: disk reads must not add noise to page-load timings.
 */
export async function startBenchServer() {
  const bodies = new Map();
  for (const [path, file] of Object.entries(BENCH_ROUTES)) {
    const type = TYPES[file.slice(file.lastIndexOf('.'))];
    bodies.set(path, { type, body: await readFile(join(PAGES_DIR, file)) });
  }
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
    const page = bodies.get(pathname);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end(`No bench page at ${pathname}`);
      return;
    }
    res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
