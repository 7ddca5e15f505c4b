import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageReading } from '../../lib/page/read-invoice';
import {
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_POSTING_DATE_LABELS,
} from '../../lib/settings/defaults';

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

export function fixtureHtml(name: string): string {
  return readFileSync(join(FIXTURES_DIR, name), 'utf8');
}

/** A fixture parsed into a fresh document as served, before any of its scripts run. */
export function loadFixture(name: string): Document {
  return new DOMParser().parseFromString(fixtureHtml(name), 'text/html');
}

/** A fresh document holding `html` in its body, for small targeted cases. */
export function htmlDocument(html: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
}
