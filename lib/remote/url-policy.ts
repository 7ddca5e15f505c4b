/**
 * Which calendar addresses Period Guard will fetch. Production builds
 * fetch HTTPS only: the calendar decides whether exports are stopped, so it must not be
 * changeable by anyone on the network path. The e2e build also accepts plain http on
 * localhost and 127.0.0.1 (any port), where the real-browser tests serve their calendars.
 */

/** Hosts an e2e build may fetch over plain http. */
const LOCAL_TEST_HOSTS = new Set(['localhost', '127.0.0.1']);

export interface UrlPolicy {
  /** True only in e2e builds: see {@link buildUrlPolicy}. */
  allowLocalHttp: boolean;
}

/** The policy of this build: `--mode e2e` builds accept local http, others never do. */
export function buildUrlPolicy(): UrlPolicy {
  return { allowLocalHttp: import.meta.env.MODE === 'e2e' };
}

export type CalendarUrlCheck =
  | {
      ok: true;
      /** The address as it will be fetched (parsed and normalised). */
      url: string;
      /**
       * The host permission pattern to ask for: this host only, every path, any port (match
       * patterns cannot name a port). Nothing broader.
       */
      permissionPattern: string;
    }
  | { ok: false; message: string };

/**
 * Checks an address typed by a user or set by policy. The message says what to change; it
 * never echoes more than the user typed.
 */
export function checkCalendarUrl(text: string, policy: UrlPolicy): CalendarUrlCheck {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter the address of the calendar file.' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return {
      ok: false,
      message: 'This is not a web address. Paste the full address, starting with https://.',
    };
  }
  if (url.username !== '' || url.password !== '') {
    return {
      ok: false,
      message:
        'Leave the user name and password out of the address: Period Guard sends no sign-in with the request, and an address is not a safe place for a password.',
    };
  }
  const localHttp =
    policy.allowLocalHttp && url.protocol === 'http:' && LOCAL_TEST_HOSTS.has(url.hostname);
  if (url.protocol !== 'https:' && !localHttp) {
    return {
      ok: false,
      message:
        url.protocol === 'http:'
          ? 'The address must start with https:// — a calendar fetched over plain http could be changed on its way.'
          : 'The address must start with https://.',
    };
  }
  url.hash = '';
  return { ok: true, url: url.href, permissionPattern: `${url.protocol}//${url.hostname}/*` };
}
