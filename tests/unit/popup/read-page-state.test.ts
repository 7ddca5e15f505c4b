import type { PageState } from '../../../lib/messages';
import { invoiceTabState, readPageState, type TabsApi } from '../../../lib/popup/read-page-state';

const invoiceAnswer: PageState = {
  isInvoice: true,
  snapshot: { invoiceNumber: 'INV-1042', invoiceDate: '2026-09-15' },
  verdict: { kind: 'closed', date: '2026-09-15', firstOpenDay: '2026-10-01' },
};

function tabs(answer: () => Promise<unknown>, active: { id?: number }[] = [{ id: 7 }]) {
  const sent: [number, unknown][] = [];
  const api: TabsApi = {
    query: async () => active,
    sendMessage: (id, message) => {
      sent.push([id, message]);
      return answer();
    },
  };
  return { api, sent };
}

describe('readPageState', () => {
  it('asks the active tab and returns an invoice answer', async () => {
    const { api, sent } = tabs(async () => invoiceAnswer);
    expect(await readPageState(undefined, api)).toEqual(invoiceAnswer);
    expect(sent).toEqual([[7, { type: 'get-page-state' }]]);
  });

  it('asks the tab it is given instead of the active one', async () => {
    const { api, sent } = tabs(async () => invoiceAnswer);
    await readPageState(12, api);
    expect(sent[0]?.[0]).toBe(12);
  });

  it.each([
    [
      'no content script in the tab',
      () => Promise.reject(new Error('Receiving end does not exist')),
    ],
    ['no answer at all', async () => undefined],
    [
      'an answer that does not validate',
      async () => ({ ...invoiceAnswer, verdict: { kind: 'fine' } }),
    ],
  ])('returns null for %s', async (_, answer) => {
    expect(await readPageState(undefined, tabs(answer).api)).toBeNull();
  });

  it('returns the answer of a page without an invoice, with what the guard sees there', async () => {
    const answer: PageState = {
      isInvoice: false,
      snapshot: null,
      verdict: null,
      seen: { exportActions: { names: ['Sync selected'], count: 1 } },
    };
    const state = await readPageState(undefined, tabs(async () => answer).api);
    expect(state).toEqual(answer);
    expect(invoiceTabState(state)).toBeNull();
  });

  it.each([
    ['a page without an invoice', { isInvoice: false, snapshot: null, verdict: null }],
    ['an invoice without a verdict yet', { ...invoiceAnswer, verdict: null }],
    ['no answer', null],
  ])('is no invoice tab for %s', (_, state) => {
    expect(invoiceTabState(state)).toBeNull();
  });

  it('is an invoice tab for an invoice with a verdict', () => {
    expect(invoiceTabState(invoiceAnswer)).toBe(invoiceAnswer);
  });

  it('refuses what-the-guard-sees that does not validate', async () => {
    const answer = {
      ...invoiceAnswer,
      seen: { exportActions: { names: Array(11).fill('Export'), count: 11 } },
    };
    expect(await readPageState(undefined, tabs(async () => answer).api)).toBeNull();
  });

  it('returns null when there is no active tab, or querying fails', async () => {
    expect(await readPageState(undefined, tabs(async () => invoiceAnswer, []).api)).toBeNull();
    const broken: TabsApi = {
      query: () => Promise.reject(new Error('no tabs')),
      sendMessage: async () => invoiceAnswer,
    };
    expect(await readPageState(undefined, broken)).toBeNull();
  });

  it('gives up on a content script that never answers', async () => {
    const { api } = tabs(() => new Promise(() => {}));
    expect(await readPageState(undefined, api, 20)).toBeNull();
  });
});
