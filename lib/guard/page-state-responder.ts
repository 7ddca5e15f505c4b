import { browser } from 'wxt/browser';
import { getPageStateMessageSchema, type PageState } from '../messages';
import type { GuardController } from './guard-controller';
import { pageListState } from './page-list-state';

/**
 * Answers the popup's "what does this tab show?" with the guard's current reading and
 * verdict. Only messages from our own extension pages are answered.
 */
export function answerPageState(guard: GuardController, signal: AbortSignal): void {
  const listener = (
    message: unknown,
    sender: { id?: string; tab?: unknown },
    sendResponse: (response: PageState) => void,
  ) => {
    if (sender.id !== browser.runtime.id || sender.tab) return;
    if (!getPageStateMessageSchema.safeParse(message).success) return;
    guard.refresh();
    const { reading, verdict } = guard.store.getState();
    sendResponse({
      isInvoice: reading !== null,
      snapshot: reading?.snapshot ?? null,
      verdict: verdict ? { ...verdict, calendarProblem: undefined } : null,
      seen: guard.seen(),
      list: guard.list ? pageListState(guard.list.store.getState()) : undefined,
    } as PageState);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => browser.runtime.onMessage.removeListener(listener));
}
