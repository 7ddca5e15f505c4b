import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { expandIncludes } from '../fixture-includes.mjs';
import { FIXTURES_DIR } from './paths';

/** Answers one request; for calendars served per test (status codes, ETags, slow answers). */
export type RouteHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

/** A local web server standing in for BuildOps pages and calendar URLs. */
export interface FixtureServer {
  /** `http://127.0.0.1:<port>`: the e2e build's content script and host permission cover it. */
  origin: string;
  /** Absolute URL of a path on this server, e.g. `url('/smoke.html')`. */
  url(path: string): string;
  /** Serves `path` (exact pathname, query ignored) with `handler`; returns a function that removes it. */
  route(path: string, handler: RouteHandler): () => void;
  close(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** Maps a URL pathname into tests/fixtures/, refusing anything that climbs out of it. */
function fixturePath(pathname: string): string | undefined {
  const relative = normalize(decodeURIComponent(pathname)).replace(/^[/\\]+/, '');
  const file = join(FIXTURES_DIR, relative);
  return file.startsWith(FIXTURES_DIR + sep) ? file : undefined;
}

async function serveFixture(pathname: string, res: ServerResponse): Promise<void> {
  const file = fixturePath(pathname);
  const raw = file ? await readFile(file).catch(() => undefined) : undefined;
  // Pages get their shared markup (tests/support/fixture-includes.mjs) written in.
  const body =
    raw && file?.endsWith('.html')
      ? expandIncludes(raw.toString('utf8'), (path) =>
          readFileSync(join(FIXTURES_DIR, path), 'utf8'),
        )
      : raw;
  if (!file || !body) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end(`No fixture at ${pathname}`);
    return;
  }
  res
    .writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      // Tests edit nothing on disk mid-run, but a cached page would hide a server route change.
      'cache-control': 'no-store',
    })
    .end(body);
}

/**
 * Starts a static server for tests/fixtures/ on 127.0.0.1 at a free port. Routes registered
 * with `route()` win over files, so a test can serve a calendar or an error of its choosing.
 */
export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, RouteHandler>();
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url ?? '/', 'http://127.0.0.1');
      const handler = routes.get(pathname);
      if (handler) await handler(req, res);
      else await serveFixture(pathname, res);
    } catch (error) {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
      res.end(String(error));
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path) => new URL(path, origin).href,
    route(path, handler) {
      routes.set(path, handler);
      return () => {
        if (routes.get(path) === handler) routes.delete(path);
      };
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Browsers keep connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
