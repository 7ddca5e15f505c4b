import type { InvoiceSnapshot } from '../lib/calendar/snapshot';
import type { Verdict, VerdictKind } from '../lib/calendar/verdict-types';
import { formatLongDate } from '../lib/dates/format';
import { verdictExplanation } from '../lib/resolution/explanation';
import { verdictHeadline } from '../lib/resolution/headline';

export interface BannerProps {
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
  /** Opens the resolution steps; no button when absent. */
  onShowSteps?: () => void;
}

/** Verdicts where the export will be refused: announced assertively. */
const REFUSED: ReadonlySet<VerdictKind> = new Set(['closed', 'locked', 'synced-closed']);

const STATUS_WORDS = { open: 'open', closed: 'closed', locked: 'closed and locked' } as const;

/**
 * The on-page banner: which date was read, which period holds it, why that
 * matters and the first open day. Always carries `data-verdict` so tests and QA can read the
 * verdict (and `data-invoice` / `data-date`: what it was judged on); hidden for `open`, where
 * there is nothing to say. A refusal is an `alert`, warnings and cannot-verify verdicts a
 * polite `status`.
 *
 * Plain DOM, not a component: it is the one thing the guard draws on most invoice pages, and
 * drawing it must not cost a UI framework's start-up on BuildOps' main thread (the dialogs,
 * drawn only when an export is held, use Preact). Text goes in with `textContent` only.
 *
 * Draws into `banner` when given (the same element, so a screen reader's live region keeps
 * announcing changes), else into a new element; returns the element.
 */
export function renderBanner(doc: Document, props: BannerProps, banner?: HTMLElement): HTMLElement {
  const { verdict, snapshot, onShowSteps } = props;
  const el = banner ?? doc.createElement('div');
  const open = verdict.kind === 'open';
  const tone = REFUSED.has(verdict.kind)
    ? 'refused'
    : verdict.kind === 'closing-soon'
      ? 'warning'
      : 'unverified';

  el.className = 'pg-banner';
  el.setAttribute('data-testid', 'pg-banner');
  el.setAttribute('data-verdict', verdict.kind);
  // Which invoice and date the verdict is about, so QA can tell a stale banner from a fresh
  // one after in-app navigation (absent when the page shows none).
  setOrRemove(el, 'data-invoice', snapshot?.invoiceNumber);
  setOrRemove(el, 'data-date', verdict.date);
  el.setAttribute('data-tone', open ? 'open' : tone);
  el.setAttribute('role', REFUSED.has(verdict.kind) ? 'alert' : 'status');
  el.hidden = open;

  const title = element(doc, 'p', 'pg-banner-title');
  title.append(
    element(doc, 'span', 'pg-banner-brand', 'Period Guard'),
    ` ${verdictHeadline(verdict)}`,
  );
  const content: Node[] = [title];
  if (!open) {
    content.push(element(doc, 'p', 'pg-banner-why', verdictExplanation(verdict, snapshot)));
    content.push(facts(doc, verdict, snapshot));
    if (onShowSteps) {
      const button = element(doc, 'button', 'pg-button pg-button--small', 'What can I do?');
      button.type = 'button';
      button.addEventListener('click', onShowSteps);
      content.push(button);
    }
  }
  el.replaceChildren(...content);
  return el;
}

/** Date read, period and first open day, as a description list. */
function facts(doc: Document, verdict: Verdict, snapshot: InvoiceSnapshot | null): HTMLElement {
  const dateRead = verdict.date
    ? formatLongDate(verdict.date)
    : snapshot?.invoiceDateText
      ? `“${snapshot.invoiceDateText}” (not readable)`
      : undefined;
  const list = element(doc, 'dl', 'pg-facts pg-facts--inline');
  const fact = (term: string, detail: string) => {
    const row = element(doc, 'div', 'pg-fact');
    row.append(element(doc, 'dt', undefined, term), element(doc, 'dd', undefined, detail));
    list.append(row);
  };
  if (dateRead) fact('Date read', dateRead);
  if (verdict.period) {
    fact('Period', `${verdict.period.name} (${STATUS_WORDS[verdict.period.status]})`);
  }
  // Only a day other than the one read: for an open date it would just repeat it.
  if (verdict.firstOpenDay && verdict.firstOpenDay !== verdict.date) {
    fact('First open day', formatLongDate(verdict.firstOpenDay));
  }
  return list;
}

function element<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
