import '../zod-config';
import { browser } from 'wxt/browser';
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { type RemoteStatus, remoteStatusSchema } from '../settings/remote-status-schema';

/** The settings page's "Check now": fetch the calendar URL at once, whatever the schedule. */
export const CHECK_NOW_MESSAGE = 'period-guard:remote-calendar:check-now';

export const checkNowRequestSchema = lazySchema(() =>
  z.strictObject({ type: z.literal(CHECK_NOW_MESSAGE) }),
);
export type CheckNowRequest = z.infer<typeof checkNowRequestSchema>;

export const checkNowResponseSchema = lazySchema(() =>
  z.discriminatedUnion('ok', [
    z.strictObject({ ok: z.literal(true), status: z.nullable(remoteStatusSchema) }),
    z.strictObject({ ok: z.literal(false), message: z.string() }),
  ]),
);
export type CheckNowResponse = z.infer<typeof checkNowResponseSchema>;

/** The settings page's "Apply it anyway" for a held (suspicious) calendar, named by digest. */
export const ACCEPT_HELD_MESSAGE = 'period-guard:remote-calendar:accept-held';

export const acceptHeldRequestSchema = lazySchema(() =>
  z.strictObject({
    type: z.literal(ACCEPT_HELD_MESSAGE),
    digest: z.string().check(z.minLength(1), z.maxLength(100)),
  }),
);
export type AcceptHeldRequest = z.infer<typeof acceptHeldRequestSchema>;

/** Why a held calendar cannot be applied from the settings page: the policy manages it. */
export const MANAGED_HOLD =
  'Your organization manages this calendar, so a held one cannot be applied here. Ask whoever publishes it to fix the file, or your IT to allow such changes (the acceptSuspiciousCalendar policy).';

/** Who sent a runtime message, as far as we look at it. */
export interface SenderLike {
  id?: string;
  url?: string;
}

/**
 * True for our own extension pages (settings, popup), false for content scripts — whose
 * `sender.url` is the host page's — and for other extensions. A page on BuildOps must not
 * be able to make every browser of the team hammer the calendar server.
 */
export function isExtensionPageSender(
  sender: SenderLike,
  extensionId: string,
  baseUrl: string,
): boolean {
  return (
    sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(baseUrl)
  );
}

/**
 * Asks the background to check the calendar URL now; resolves with the status after the
 * check. Never throws: a background that does not answer becomes `{ ok: false }`.
 */
export function requestCheckNow(): Promise<CheckNowResponse> {
  const request: CheckNowRequest = { type: CHECK_NOW_MESSAGE };
  return askBackground(
    request,
    (why) =>
      `The check could not start (${why}). Reload this page; if that does not help, reload the extension.`,
  );
}

/**
 * Asks the background to put the held calendar with `digest` in use (the one the page
 * shows); resolves with the status after it. Never throws.
 */
export function requestAcceptHeld(digest: string): Promise<CheckNowResponse> {
  const request: AcceptHeldRequest = { type: ACCEPT_HELD_MESSAGE, digest };
  return askBackground(
    request,
    (why) => `The calendar could not be applied (${why}). Reload this page and try again.`,
  );
}

/**
 * Sends `request` to the background and validates its answer. Never throws: no answer becomes
 * `{ ok: false }` with `failed(why)`, an answer of the wrong shape a sentence saying so.
 */
async function askBackground(
  request: CheckNowRequest | AcceptHeldRequest,
  failed: (why: string) => string,
): Promise<CheckNowResponse> {
  try {
    const parsed = checkNowResponseSchema.safeParse(await browser.runtime.sendMessage(request));
    if (parsed.success) return parsed.data;
    return {
      ok: false,
      message:
        'The background answered in a way this page does not understand. Reload the extension.',
    };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: failed(why) };
  }
}

export type { RemoteStatus };
