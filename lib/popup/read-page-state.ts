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

/** The answer as an invoice with a verdict, or null for any other page. */
export function invoiceTabState(state: PageState | null): InvoiceTabState | null {
  return state?.isInvoice && state.verdict !== null ? (state as InvoiceTabState) : null;
}

/** How long the popup waits for a content script before showing the calendar instead. */
export const PAGE_STATE_TIMEOUT_MS = 1500;

/**
 * Asks the content script in the active tab (or `tabId`, for e2e tests) what it shows. `null`
 * for a tab without it, an answer that does not validate or none in time: the popup then shows
 * the calendar view and never breaks.
 */
export async function readPageState(
  tabId?: number,
  tabs: TabsApi = browser.tabs as unknown as TabsApi,
  timeoutMs = PAGE_STATE_TIMEOUT_MS,
): Promise<PageState | null> {
  try {
    const id = tabId ?? (await tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (id === undefined) return null;
    const answer = await withTimeout(tabs.sendMessage(id, { type: 'get-page-state' }), timeoutMs);
    const parsed = pageStateSchema.safeParse(answer);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
