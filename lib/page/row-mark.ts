import type { Verdict } from '../calendar/verdict-types';
import { formatLongDate } from '../dates/format';
import { closeClause, periodPhrase } from '../resolution/phrases';

/** The row mark's tag (a custom element name, so `attachShadow` works without a definition). */
export const MARK_TAG = 'period-guard-mark';

/** What one mark says: the verdict, the invoice and the period, and the first open day. */
export interface MarkInfo {
  verdict: Verdict;
  invoiceNumber?: string;
}

/**
 * A zero-width inline anchor: the badge hangs off it, absolutely positioned, so the cell's
 * and the column's widths stay what the host made them. `!important` on the host element
 * itself, where the page's own styles could reach it.
 */
const HOST_STYLE =
  'all:initial!important;display:inline-block!important;position:relative!important;width:0!important;height:0!important;vertical-align:middle!important;';

const SHADOW_CSS = `
.badge{position:absolute;left:6px;top:-9px;display:inline-block;white-space:nowrap;
  font:600 12px/18px system-ui,-apple-system,"Segoe UI",sans-serif;padding:0 6px;border-radius:9px;
  color:#fff;background:#a4161a;cursor:default;z-index:1}
.badge[data-verdict="closing-soon"]{background:#7a4a00}
.badge:focus{outline:2px solid #1a5fd6;outline-offset:2px}
.tip{display:none;position:absolute;left:6px;top:12px;white-space:nowrap;z-index:2;
  font:400 13px/18px system-ui,-apple-system,"Segoe UI",sans-serif;padding:2px 8px;border-radius:4px;
  color:#fff;background:#1d2433}
.badge:focus + .tip,.badge:hover + .tip{display:block}
@media (prefers-color-scheme: dark){.tip{color:#1d2433;background:#f1f3f8}}`;

/**
 * The badge's one word: it hangs over the next column (the row's width is the host's), so it
 * stays short; the period is in its name and its tooltip.
 */
function shortText(verdict: Verdict): string {
  if (verdict.kind === 'locked') return 'Locked';
  if (verdict.kind === 'closing-soon') return 'Closes soon';
  return 'Closed';
}

/** "Closed period: Sep 2026", what a screen reader announces. */
export function markName(verdict: Verdict): string {
  const period = periodPhrase(verdict);
  if (verdict.kind === 'locked') return `Locked period: ${period}`;
  if (verdict.kind === 'closing-soon') {
    return `Period closing soon: ${period}, ${closeClause(verdict.daysUntilClose, verdict.closesOn)}`;
  }
  return `Closed period: ${period}`;
}

/** "Sep 2026 · first open day: October 1, 2026", shown on hover and focus. */
export function markDescription(verdict: Verdict): string {
  const period = periodPhrase(verdict);
  if (verdict.kind === 'closing-soon') {
    return `${period} ${closeClause(verdict.daysUntilClose, verdict.closesOn)}: export before the close`;
  }
  return verdict.firstOpenDay
    ? `${period} · first open day: ${formatLongDate(verdict.firstOpenDay)}`
    : `${period} · no open day known in the period calendar`;
}

/** What a mark shows, as one string: a mark is redrawn only when this changes. */
export function markSignature(info: MarkInfo): string {
  return [
    info.verdict.kind,
    info.invoiceNumber,
    markName(info.verdict),
    markDescription(info.verdict),
  ].join('\u0001');
}

/**
 * `<period-guard-mark data-verdict data-invoice>` with its own small shadow root: a focusable
 * badge named for a screen reader ("Closed period: Sep 2026") and described by a tooltip with
 * the first open day, also its `title` on hover. Text goes in with `textContent` only.
 */
export function createRowMark(doc: Document, info: MarkInfo): HTMLElement {
  const host = doc.createElement(MARK_TAG);
  host.setAttribute('style', HOST_STYLE);
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = SHADOW_CSS;
  const badge = doc.createElement('span');
  badge.className = 'badge';
  badge.setAttribute('role', 'img');
  badge.tabIndex = 0;
  badge.setAttribute('aria-describedby', 'tip');
  const tip = doc.createElement('span');
  tip.className = 'tip';
  tip.id = 'tip';
  tip.setAttribute('role', 'tooltip');
  shadow.append(style, badge, tip);
  updateRowMark(host, info);
  return host;
}

/** Rewrites a mark in place for a changed verdict (the same element stays in the cell). */
export function updateRowMark(host: HTMLElement, info: MarkInfo): void {
  const { verdict } = info;
  host.setAttribute('data-verdict', verdict.kind);
  host.setAttribute('data-invoice', info.invoiceNumber ?? '');
  const badge = host.shadowRoot?.querySelector('.badge');
  const tip = host.shadowRoot?.querySelector('.tip');
  if (!badge || !tip) return;
  badge.setAttribute('data-verdict', verdict.kind);
  badge.setAttribute('aria-label', markName(verdict));
  badge.textContent = shortText(verdict);
  const description = markDescription(verdict);
  badge.setAttribute('title', description);
  tip.textContent = description;
}

/** The focusable badge inside a mark, for stepping through the marks. */
export function markBadge(host: Element): HTMLElement | null {
  return (host.shadowRoot?.querySelector('.badge') as HTMLElement | null) ?? null;
}
