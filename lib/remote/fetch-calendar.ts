import type { Calendar } from '../calendar/model';
import { readLimitedBody } from './read-body';
import { readCalendarBody } from './read-calendar-body';
import { buildUrlPolicy, checkCalendarUrl, type UrlPolicy } from './url-policy';

/** How long a fetch may take, by default and at most (docs/admin-guide.md). */
export const DEFAULT_TIMEOUT_MS = 20_000;
export const MAX_TIMEOUT_MS = 30_000;
/** Far above any real calendar: a bigger body is a wrong file or a runaway server. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Why a fetch brought no calendar. Each comes with a sentence for the user. */
export type FetchFailure =
  | 'url'
  | 'redirect'
  | 'network'
  | 'http'
  | 'timeout'
  | 'too-big'
  | 'unparseable'
  | 'invalid';

export type FetchOutcome =
  | { kind: 'updated'; calendar: Calendar; etag: string | undefined }
  | { kind: 'not-modified' }
  | { kind: 'failed'; reason: FetchFailure; message: string; status?: number };

export interface FetchCalendarOptions {
  /** The ETag of the calendar in use; sent as `If-None-Match` so an unchanged file costs nothing. */
  etag?: string;
  /** Clamped to at most {@link MAX_TIMEOUT_MS}; {@link DEFAULT_TIMEOUT_MS} when unset. */
  timeoutMs?: number;
  maxBytes?: number;
  /** Injected for tests; the global `fetch` otherwise. */
  fetch?: typeof fetch;
  /** Which addresses may be fetched; this build's policy otherwise. */
  urlPolicy?: UrlPolicy;
}

/** Thrown into the race when the deadline passes, so the catch can tell it from a network error. */
class Timeout extends Error {}

/**
 * Fetches the team's calendar once and judges it: a validated calendar, "not modified", or a
 * failure saying what to do. Never throws, never sends credentials nor uses the HTTP cache (our
 * ETag is the cache), never reads past `maxBytes` nor waits past the timeout.
 */
export async function fetchCalendar(
  url: string,
  options: FetchCalendarOptions = {},
): Promise<FetchOutcome> {
  const checked = checkCalendarUrl(url, options.urlPolicy ?? buildUrlPolicy());
  if (!checked.ok) return { kind: 'failed', reason: 'url', message: checked.message };
  const timeoutMs = clampTimeout(options.timeoutMs);
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const doFetch = options.fetch ?? globalThis.fetch.bind(globalThis);
  const where = new URL(checked.url);
  const host = where.host;

  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const aborted = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Timeout());
      controller.abort();
    }, timeoutMs);
  });
  aborted.catch(() => undefined);
  const timedOut = (): FetchOutcome => ({
    kind: 'failed',
    reason: 'timeout',
    message: `${host} did not send the calendar within ${timeoutMs / 1000} seconds. The server may be down or very slow; try again later, or ask whoever publishes the calendar to check it.`,
  });

  try {
    let response: Response;
    try {
      response = await Promise.race([
        doFetch(checked.url, {
          method: 'GET',
          headers: options.etag ? { 'If-None-Match': options.etag } : {},
          cache: 'no-store',
          credentials: 'omit',
          redirect: 'follow',
          signal: controller.signal,
        }),
        aborted,
      ]);
    } catch (error) {
      if (error instanceof Timeout || controller.signal.aborted) return timedOut();
      return {
        kind: 'failed',
        reason: 'network',
        message: `Could not reach ${host} (${errorText(error)}). Check the address and your network connection; if they are right, the server may be down.`,
      };
    }

    const redirect = refusedRedirect(where, response, options.urlPolicy ?? buildUrlPolicy());
    if (redirect !== null) {
      await response.body?.cancel().catch(() => undefined);
      return { kind: 'failed', reason: 'redirect', message: redirect };
    }
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      if (options.etag) return { kind: 'not-modified' };
      return httpFailure(host, response);
    }
    if (!response.ok) {
      await response.body?.cancel().catch(() => undefined);
      return httpFailure(host, response);
    }

    let body: Awaited<ReturnType<typeof readLimitedBody>>;
    try {
      body = await readLimitedBody(response, maxBytes, aborted);
    } catch (error) {
      if (error instanceof Timeout || controller.signal.aborted) return timedOut();
      return {
        kind: 'failed',
        reason: 'network',
        message: `The connection to ${host} broke while the calendar was downloading (${errorText(error)}). Try again.`,
      };
    }
    if (!body.ok) {
      return {
        kind: 'failed',
        reason: 'too-big',
        message: `The file at ${where.href} is larger than ${formatBytes(maxBytes)}; a calendar is a few KB. Check that the address points to the calendar file.`,
      };
    }

    const read = readCalendarBody(body.bytes, {
      path: where.pathname,
      contentType: response.headers.get('content-type') ?? '',
    });
    if (read.ok) {
      const etag = response.headers.get('etag') ?? undefined;
      return { kind: 'updated', calendar: read.calendar, etag: etag || undefined };
    }
    if (read.reason === 'unparseable') {
      return {
        kind: 'failed',
        reason: 'unparseable',
        message: `The file at ${where.href} is not a calendar Period Guard can read: ${read.detail}. Check the address, or export the calendar as JSON or CSV again.`,
      };
    }
    return {
      kind: 'failed',
      reason: 'invalid',
      message: `The calendar at ${where.href} was refused: ${read.detail}. Whoever publishes it should fix the file.`,
    };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a redirected response is refused, or `null`: only redirects within the calendar's origin
 * are followed, or another site would decide which exports are stopped. The fetch follows them
 * itself: with `redirect: 'manual'` an extension gets an opaque response it cannot judge.
 */
function refusedRedirect(requested: URL, response: Response, policy: UrlPolicy): string | null {
  const from = requested.host;
  if (response.type === 'opaqueredirect') {
    return `${from} answered with a redirect Period Guard cannot see into. Ask whoever publishes the calendar for its final address, and enter that one.`;
  }
  if (!response.url) return null;
  let landed: URL;
  try {
    landed = new URL(response.url);
  } catch {
    return `${from} redirected to an address that is not a web address.`;
  }
  if (landed.origin !== requested.origin) {
    return `${from} redirected to ${landed.origin}, another site; Period Guard only follows redirects within ${requested.origin}. Enter the calendar's final address, or ask whoever publishes it to serve it from ${requested.origin}.`;
  }
  const checked = checkCalendarUrl(response.url, policy);
  if (!checked.ok)
    return `${from} redirected to an address Period Guard does not fetch: ${checked.message}`;
  return null;
}

function clampTimeout(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined || !Number.isFinite(timeoutMs)) return DEFAULT_TIMEOUT_MS;
  return Math.min(MAX_TIMEOUT_MS, Math.max(1_000, Math.round(timeoutMs)));
}

function httpFailure(host: string, response: Response): FetchOutcome {
  const status = response.status;
  const said = `${host} answered ${status}${response.statusText ? ` ${response.statusText}` : ''}`;
  let advice: string;
  if (status === 401 || status === 403) {
    advice =
      'The calendar must be readable without signing in; ask whoever publishes it for an address that needs no sign-in.';
  } else if (status === 404 || status === 410) {
    advice = 'There is no file at this address; check it.';
  } else if (status >= 500) {
    advice = 'The server had a problem; try again later, or tell whoever runs it.';
  } else {
    advice = 'Check the address, or ask whoever publishes the calendar.';
  }
  return { kind: 'failed', reason: 'http', status, message: `${said}. ${advice}` };
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}
