import type { ListSummary } from '../../lib/guard/list-verdicts';
import { listSummaryLines } from '../../lib/resolution/list-summary-text';

/** What the summary shows and what its buttons do. */
export interface ListSummaryProps {
  summary: ListSummary;
  /** How many rows carry a mark right now (the ones the step buttons go through). */
  marks: number;
  collapsed: boolean;
  /** "INV-1102, 2 of 8": where the last step went, if it went anywhere. */
  position?: string;
}

export interface ListSummaryActions {
  onToggle(): void;
  onStep(direction: 1 | -1): void;
}

export interface ListSummaryView {
  element: HTMLElement;
  draw(props: ListSummaryProps): void;
}

/** Numbers each view's ids (one overlay per page, but tests draw several). */
let views = 0;

function el<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string) {
  const node = doc.createElement(tag);
  node.className = className;
  return node;
}

/**
 * The summary on an invoice list (`pg-list-summary`, with `data-closed` and
 * `data-closing-soon`): how many unsynced invoices on screen are in closed or locked periods
 * and in periods about to close, collapsible, with buttons that step through the marked rows.
 * Plain DOM like the banner it stands in for, text with `textContent` only; a polite status,
 * so a screen reader hears the counts change as the list scrolls or re-sorts.
 */
export function createListSummaryView(doc: Document, actions: ListSummaryActions): ListSummaryView {
  const element = el(doc, 'section', 'pg-corner pg-list-summary');
  element.setAttribute('data-testid', 'pg-list-summary');
  element.setAttribute('role', 'status');
  const linesId = `pg-list-summary-lines-${++views}`;
  const head = el(doc, 'div', 'pg-list-summary-head');
  const title = el(doc, 'p', 'pg-list-summary-title');
  const toggle = el(doc, 'button', 'pg-list-summary-toggle');
  toggle.type = 'button';
  toggle.setAttribute('aria-controls', linesId);
  toggle.addEventListener('click', () => actions.onToggle());
  head.append(title, toggle);
  const body = el(doc, 'div', 'pg-list-summary-body');
  body.id = linesId;
  const lines = el(doc, 'ul', 'pg-list-summary-lines');
  const steps = el(doc, 'div', 'pg-list-summary-steps');
  const previous = el(doc, 'button', 'pg-list-summary-previous');
  previous.type = 'button';
  previous.textContent = 'Previous marked invoice';
  previous.addEventListener('click', () => actions.onStep(-1));
  const next = el(doc, 'button', 'pg-list-summary-next');
  next.type = 'button';
  next.textContent = 'Next marked invoice';
  next.addEventListener('click', () => actions.onStep(1));
  const where = el(doc, 'span', 'pg-list-summary-where');
  steps.append(previous, next, where);
  body.append(lines, steps);
  element.append(head, body);

  return {
    element,
    draw({ summary, marks, collapsed, position }) {
      element.setAttribute('data-closed', String(summary.closed));
      element.setAttribute('data-closing-soon', String(summary.closingSoon));
      element.setAttribute(
        'data-tone',
        summary.closed > 0 ? 'refused' : summary.closingSoon > 0 ? 'warning' : 'quiet',
      );
      const sentences = listSummaryLines(summary);
      title.textContent = `Period Guard: ${sentences[0]}`;
      lines.replaceChildren(
        ...sentences.slice(1).map((line) => {
          const item = doc.createElement('li');
          item.textContent = line;
          return item;
        }),
      );
      lines.hidden = sentences.length < 2;
      toggle.textContent = collapsed ? 'Show' : 'Hide';
      toggle.setAttribute('aria-expanded', String(!collapsed));
      toggle.setAttribute(
        'aria-label',
        collapsed ? 'Show the list summary' : 'Hide the list summary',
      );
      body.hidden = collapsed;
      steps.hidden = marks === 0;
      where.textContent = position ?? `${marks} marked ${marks === 1 ? 'invoice' : 'invoices'}`;
    },
  };
}
