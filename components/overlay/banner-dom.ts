import type { InvoiceSnapshot } from '../../lib/calendar/snapshot';
import type { Verdict, VerdictKind } from '../../lib/calendar/verdict-types';
import { formatLongDate } from '../../lib/dates/format';
import { verdictExplanation } from '../../lib/resolution/explanation';
import { verdictHeadline } from '../../lib/resolution/headline';
import { judgedDateFact, verdictPeriodStatusWords } from '../../lib/resolution/phrases';
import { verdictLabel } from '../../lib/resolution/verdict-label';

/** Teaching the guard a date label it does not know (unreadable-date only). */
export interface BannerTeach {
  /** Waiting for the click on the page that picks the date. */
  picking: boolean;
}

export interface BannerProps {
  verdict: Verdict;
  snapshot: InvoiceSnapshot | null;
  /** Folded to a pill (remembered for the tab by the caller). */
  folded: boolean;
  /** The ways out are shown in the banner (the caller draws them into {@link BannerView.panel}). */
  stepsOpen: boolean;
  /** Offered for an unreadable date on an invoice page; absent elsewhere. */
  teach?: BannerTeach;
  /** What came of teaching the guard, learned or not (shown whatever the verdict). */
  note?: string | null;
}

/** What the banner's buttons ask for; the caller changes its state and draws again. */
export interface BannerHandlers {
  onToggleFolded(): void;
  onToggleSteps(): void;
  onTeach?(): void;
}

export interface BannerView {
  /** `pg-banner`: always carries `data-verdict`; hidden for `open`. */
  element: HTMLElement;
  /** Where the ways out are drawn while open (empty and hidden otherwise). */
  panel: HTMLElement;
  draw(props: BannerProps): void;
}

/** Verdicts where the export will be refused: announced assertively. */
const REFUSED: ReadonlySet<VerdictKind> = new Set(['closed', 'locked', 'synced-closed']);

let nextId = 0;

/**
 * The on-page banner: which invoice and date were read, which period holds it, why that
 * matters and the first open day, with the ways out (and the reopen request) opened in place.
 * It folds to a pill that still says the verdict. The verdict line is a live region (an
 * `alert` for a refusal, else a polite `status`); the controls sit outside it, so folding or
 * opening the steps announces nothing again.
 *
 * Plain DOM, built once and then updated in place (a button keeps focus across a redraw): it
 * is the one thing the guard draws on most invoice pages, and it must not pay a UI framework's
 * first render there (a Preact banner measured dearer: docs/performance.md, history). The ways
 * out, drawn on request only, are the popup's own components.
 * Text goes in with `textContent` only.
 */
export function createBannerView(doc: Document, handlers: BannerHandlers): BannerView {
  const id = `pg-banner-${++nextId}`;
  const element = make(doc, 'section', 'pg-corner pg-banner');
  element.setAttribute('data-testid', 'pg-banner');
  element.setAttribute('aria-label', 'Period Guard');

  const head = make(doc, 'div', 'pg-banner-head');
  const live = make(doc, 'p', 'pg-banner-title');
  const brand = make(doc, 'span', 'pg-banner-brand', 'Period Guard');
  const headline = make(doc, 'span', 'pg-banner-headline');
  live.append(brand, ' ', headline);
  // The pill's short verdict: screen readers already have the full headline.
  const short = make(doc, 'span', 'pg-banner-short');
  short.setAttribute('aria-hidden', 'true');
  const invoice = make(doc, 'span', 'pg-banner-invoice');
  const fold = button(doc, 'pg-banner-fold', handlers.onToggleFolded);
  fold.setAttribute('aria-controls', `${id}-body`);
  head.append(live, short, invoice, fold);

  const body = make(doc, 'div', 'pg-banner-body');
  body.id = `${id}-body`;
  const why = make(doc, 'p', 'pg-banner-why');
  const facts = make(doc, 'dl', 'pg-facts pg-facts--inline');
  const actions = make(doc, 'div', 'pg-banner-actions');
  const steps = button(doc, 'pg-button pg-button--small', handlers.onToggleSteps);
  steps.setAttribute('aria-controls', `${id}-steps`);
  const teach = button(doc, 'pg-button pg-button--small', () => handlers.onTeach?.());
  teach.setAttribute('data-testid', 'pg-teach-start');
  actions.append(steps, teach);
  const teachNote = make(doc, 'p', 'pg-banner-note');
  teachNote.setAttribute('role', 'status');
  teachNote.setAttribute('data-testid', 'pg-teach-message');
  const panel = make(doc, 'div', 'pg-banner-panel');
  panel.id = `${id}-steps`;
  body.append(why, facts, actions, teachNote, panel);
  element.append(head, body);

  return {
    element,
    panel,
    draw(props) {
      const { verdict, snapshot, folded, stepsOpen } = props;
      const open = verdict.kind === 'open';
      element.setAttribute('data-verdict', verdict.kind);
      // Which invoice and date the verdict is about, so QA can tell a stale banner from a
      // fresh one after in-app navigation (absent when the page shows none).
      setOrRemove(element, 'data-invoice', snapshot?.invoiceNumber);
      setOrRemove(element, 'data-date', verdict.date);
      element.setAttribute('data-tone', open ? 'open' : toneOf(verdict.kind));
      setOrRemove(element, 'data-folded', folded ? 'true' : undefined);
      element.hidden = open;

      live.setAttribute('role', REFUSED.has(verdict.kind) ? 'alert' : 'status');
      setText(headline, verdictHeadline(verdict));
      setText(short, verdictLabel(verdict.kind));
      const number = snapshot?.invoiceNumber?.trim();
      setText(invoice, number ? `Invoice ${number}` : '');
      invoice.hidden = !number;

      fold.setAttribute('aria-expanded', String(!folded));
      setText(fold, folded ? 'Show' : 'Hide');
      fold.setAttribute(
        'aria-label',
        folded ? 'Show Period Guard details' : 'Hide Period Guard details',
      );
      body.hidden = folded;

      setText(why, verdictExplanation(verdict, snapshot));
      facts.replaceChildren(...factRows(doc, verdict, snapshot));
      steps.setAttribute('aria-expanded', String(stepsOpen));
      setText(steps, stepsOpen ? 'Hide what I can do' : 'What can I do?');
      panel.hidden = !stepsOpen;

      const offer = props.teach;
      teach.hidden = offer === undefined;
      setText(teach, offer?.picking ? 'Cancel picking' : 'Show me the invoice date');
      setText(
        teachNote,
        offer?.picking
          ? 'Click the invoice date on the page (or Tab to it and press Enter). Escape cancels.'
          : (props.note ?? ''),
      );
      teachNote.hidden = teachNote.textContent === '';
    },
  };
}

function toneOf(kind: VerdictKind): 'refused' | 'warning' | 'unverified' {
  if (REFUSED.has(kind)) return 'refused';
  return kind === 'closing-soon' ? 'warning' : 'unverified';
}

/** The judged date (named: invoice or posting date), period and first open day, as rows. */
function factRows(doc: Document, verdict: Verdict, snapshot: InvoiceSnapshot | null): Node[] {
  const date = judgedDateFact(verdict, snapshot);
  const rows: Node[] = [];
  const fact = (term: string, detail: string) => {
    const row = make(doc, 'div', 'pg-fact');
    row.append(make(doc, 'dt', undefined, term), make(doc, 'dd', undefined, detail));
    rows.push(row);
  };
  if (date) fact(date.term, date.value);
  if (verdict.period) {
    fact('Period', `${verdict.period.name} (${verdictPeriodStatusWords(verdict)})`);
  }
  // Only a day other than the one read: for an open date it would just repeat it.
  if (verdict.firstOpenDay && verdict.firstOpenDay !== verdict.date) {
    fact('First open day', formatLongDate(verdict.firstOpenDay));
  }
  return rows;
}

function button(doc: Document, className: string, onClick: () => void): HTMLButtonElement {
  const el = make(doc, 'button', className);
  el.type = 'button';
  el.addEventListener('click', onClick);
  return el;
}

function make<K extends keyof HTMLElementTagNameMap>(
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

/** Writes text only when it changed: a live region re-announces every write. */
function setText(el: Element, text: string): void {
  if (el.textContent !== text) el.textContent = text;
}

function setOrRemove(el: Element, name: string, value: string | undefined): void {
  if (value == null) el.removeAttribute(name);
  else el.setAttribute(name, value);
}
