import { browser } from 'wxt/browser';
import type { Verdict } from '../calendar/verdict-types';
import { type PageState, pageStateSchema } from '../messages';
import { withTimeout } from '../with-timeout';

/** The slice of `browser.tabs` the popup uses, so tests can stand in for it. */
export interface TabsApi {
  query(info: { active: true; currentWindow: true }): Promise<{ id?: number }[]>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
}

/** An invoice tab's answer, with the verdict the content script judged. */
export type InvoiceTabState = PageState & { isInvoice: true; verdict: Verdict };

/** How long the popup waits for a content script before showing the calendar instead. */
export const PAGE_STATE_TIMEOUT_MS = 1500;

/**
 * Asks the content script in the active tab (or in `tabId`, for e2e tests) what it shows.
 * Resolves with its answer only when it is an invoice with a verdict; resolves `null` for
 * every other case — a tab without our content script (any non-BuildOps page, a browser page),
 * no invoice on the page, an answer that does not validate, no answer in time — so the popup
 * falls back to the calendar view and never breaks.
 */
export async function readPageState(
  tabId?: number,
  tabs: TabsApi = browser.tabs as unknown as TabsApi,
  timeoutMs = PAGE_STATE_TIMEOUT_MS,
): Promise<InvoiceTabState | null> {
  try {
    const id = tabId ?? (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return null;
    const answer = await withTimeout(tabs.sendMessage(id, { type: 'get-page-state' }), timeoutMs);
    const parsed = pageStateSchema.safeParse(answer);
    if (!parsed.success || !parsed.data.isInvoice || parsed.data.verdict === null) return null;
    return parsed.data as InvoiceTabState;
  } catch {
    return null;
  }
}
