import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageReading } from '../../lib/page/read-invoice';
import {
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_POSTING_DATE_LABELS,
} from '../../lib/settings/defaults';
import { expandIncludes } from './fixture-includes.mjs';

/** A path, not a URL: under happy-dom the global URL resolves against http://localhost. */
export const FIXTURES_DIR = join(import.meta.dirname, '../fixtures');

/** The default page-reading settings (labels of lib/settings/defaults.ts, month first). */
export const DEFAULT_READING: PageReading = {
  invoiceDateLabels: DEFAULT_INVOICE_DATE_LABELS,
  postingDateLabels: DEFAULT_POSTING_DATE_LABELS,
  dayFirst: false,
};

export function fixtureNames(): string[] {
  return readdirSync(FIXTURES_DIR)
    .filter((name) => name.endsWith('.html'))
    .sort();
}

/** `<link>` and `<script src>` tags for the pages' shared host-app files (tests/fixtures/harness, `../harness` from lists/). */
const SHARED_FILE =
  /<link rel="stylesheet" href="(?:\.\.\/)?(harness\/[\w-]+\.css)">|<script src="(?:\.\.\/)?(harness\/[\w-]+\.js)"><\/script>/g;

/**
 * A fixture's HTML with its shared host-app files written inline: happy-dom does not fetch
 * them, and a page must be read (and run) as a browser serving the folder sees it.
 */
export function fixtureHtml(name: string): string {
  const read = (path: string) => readFileSync(join(FIXTURES_DIR, path), 'utf8');
  return expandIncludes(read(name), read).replace(
    SHARED_FILE,
    (_, css: string | undefined, js: string | undefined) =>
      css ? `<style>${read(css)}</style>` : `<script>${read(js as string)}</script>`,
  );
}

/** A fixture parsed into a fresh document as served, before any of its scripts run. */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** A fresh document holding `html` in its body, for small targeted cases. */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}
