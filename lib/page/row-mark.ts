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
 * A zero-width anchor at the date cell's end edge (a right float in a block cell, pushed to the
 * end of a flex cell), one text line tall: the badge hangs off it in the cell's free space, so
 * no column or row changes size. `!important` where the page's own styles could reach it.
 */
const HOST_STYLE =
  'all:initial!important;font:inherit!important;display:block!important;float:right!important;order:1!important;' +
  'margin-inline-start:auto!important;align-self:stretch!important;position:relative!important;' +
  'width:0!important;height:auto!important;min-height:1lh!important;';

/** The badge's side: small enough for the free space of a real date column. */
const BADGE_PX = 16;

const SHADOW_CSS = `
.badge{position:absolute;inset-inline-end:0;top:50%;transform:translateY(-50%);display:block;
  box-sizing:border-box;width:${BADGE_PX}px;height:${BADGE_PX}px;padding:2px;border-radius:50%;
  color:#fff;background:#a4161a;box-shadow:0 0 0 1px #fff;cursor:default;z-index:1}
.badge[data-verdict="closing-soon"]{background:#7a4a00}
.badge svg{display:block;width:12px;height:12px;fill:currentColor}
.badge:focus{outline:2px solid #1a5fd6;outline-offset:2px}
.tip{position:fixed;inset:auto;margin:0;border:0;white-space:nowrap;
  font:400 13px/18px system-ui,-apple-system,"Segoe UI",sans-serif;padding:2px 8px;
  border-radius:4px;color:#fff;background:#1d2433}
.tip.shown:not([popover]){display:block}
.tip:not([popover]):not(.shown){display:none}
@media (prefers-color-scheme: dark){.badge{box-shadow:0 0 0 1px #1d2433}.tip{color:#1d2433;background:#f1f3f8}}`;

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * The badge's glyph (24-unit paths): a padlock for locked, a bar for closed, a clock for a
 * period closing soon. The words are the badge's name and tooltip; the glyph only tells the
 * kinds apart at a glance.
 */
const GLYPHS: Record<'closed' | 'locked' | 'closing-soon', string> = {
  closed: 'M5 10h14v4H5z',
  locked: 'M7 10V7a5 5 0 0 1 10 0v3h1.5v11h-13V10zm2.5 0h5V7a2.5 2.5 0 0 0-5 0z',
  'closing-soon':
    'M12 2.5a9.5 9.5 0 1 0 0 19 9.5 9.5 0 0 0 0-19zm0 2.5a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM10.8 7v6.2l4.9 2.9 1.2-2-3.7-2.2V7z',
};

function glyphKind(verdict: Verdict): keyof typeof GLYPHS {
  if (verdict.kind === 'locked' || verdict.kind === 'closing-soon') return verdict.kind;
  return 'closed';
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
  return `${info.invoiceNumber ?? ''}\u0001${verdictWords(info.verdict)}`;
}

/** A list's rows share a few verdicts (one per date): each is put into words once. */
const wordsOf = new WeakMap<Verdict, string>();

function verdictWords(verdict: Verdict): string {
  let words = wordsOf.get(verdict);
  if (words === undefined) {
    words = `${verdict.kind}\u0001${markName(verdict)}\u0001${markDescription(verdict)}`;
    wordsOf.set(verdict, words);
  }
  return words;
}

/** The shadow content every mark starts from, made once per document and cloned. */
const contents = new WeakMap<Document, DocumentFragment>();

function markContent(doc: Document): Node {
  let content = contents.get(doc);
  if (!content) {
    content = doc.createDocumentFragment();
    const style = doc.createElement('style');
    style.textContent = SHADOW_CSS;
    const badge = doc.createElement('span');
    badge.className = 'badge';
    badge.setAttribute('role', 'img');
    badge.tabIndex = 0;
    badge.setAttribute('aria-describedby', 'tip');
    const svg = doc.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 24 24');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    svg.append(doc.createElementNS(SVG_NS, 'path'));
    badge.append(svg);
    const tip = doc.createElement('span');
    tip.className = 'tip';
    tip.id = 'tip';
    tip.setAttribute('role', 'tooltip');
    if (typeof tip.showPopover === 'function') tip.setAttribute('popover', 'manual');
    content.append(style, badge, tip);
    contents.set(doc, content);
  }
  return content.cloneNode(true);
}

/**
 * `<period-guard-mark data-verdict data-invoice>` with its own small shadow root: a focusable
 * badge named for a screen reader ("Closed period: Sep 2026") and described by a tooltip with
 * the first open day, also its `title` on hover. Text goes in with `textContent` only.
 */
export function createRowMark(doc: Document, info: MarkInfo): HTMLElement {
  const host = doc.createElement(MARK_TAG);
  host.setAttribute('style', HOST_STYLE);
  host.attachShadow({ mode: 'open' }).append(markContent(doc));
  followMarks(doc);
  updateRowMark(host, info);
  return host;
}

/** Which of a mark's badges are hovered or focused: its tooltip shows while either is. */
interface TipState {
  hovered: boolean;
  focused: boolean;
  /** While the tooltip shows: hides it at the page's next scroll. */
  onScroll?: () => void;
}

const followed = new WeakSet<Document>();
const tipStates = new WeakMap<Element, TipState>();

/**
 * The mark an event on the page came from: browsers retarget an event from inside the mark's
 * shadow root to the mark itself; a DOM that does not still gives a node in that root.
 */
function markOf(target: EventTarget | null): HTMLElement | null {
  const node = target as Node | null;
  if (!node || typeof node.getRootNode !== 'function') return null;
  const el =
    (node as Element).localName === MARK_TAG ? node : (node.getRootNode() as ShadowRoot).host;
  return (el as Element | undefined)?.localName === MARK_TAG ? (el as HTMLElement) : null;
}

/**
 * Shows a mark's tooltip while its badge is hovered or focused: one set of listeners per
 * document for every mark, rather than four per mark.
 */
function followMarks(doc: Document): void {
  if (followed.has(doc)) return;
  followed.add(doc);
  const listen = { capture: true, passive: true };
  const set = (event: Event, key: 'hovered' | 'focused', value: boolean) => {
    const host = markOf(event.target);
    if (!host) return;
    // Moving between the badge's own parts is no leaving.
    const related = (event as MouseEvent | FocusEvent).relatedTarget;
    if (!value && markOf(related) === host) return;
    const state = tipStates.get(host) ?? { hovered: false, focused: false };
    state[key] = value;
    tipStates.set(host, state);
    syncTip(host, state);
  };
  doc.addEventListener('mouseover', (e) => set(e, 'hovered', true), listen);
  doc.addEventListener('mouseout', (e) => set(e, 'hovered', false), listen);
  doc.addEventListener('focusin', (e) => set(e, 'focused', true), listen);
  doc.addEventListener('focusout', (e) => set(e, 'focused', false), listen);
}

/**
 * Shows the tooltip in the top layer (a popover), so a grid cell's `overflow: hidden` cannot
 * clip it: placed under the badge, its end edge on the badge's. The badge's box is read then,
 * at the user's hover or focus, never while marking. A scroll hides it.
 */
function syncTip(host: HTMLElement, state: TipState): void {
  const badge = markBadge(host);
  const tip = host.shadowRoot?.querySelector<HTMLElement>('.tip');
  if (!badge || !tip) return;
  const popover = tip.hasAttribute('popover');
  const win = host.ownerDocument.defaultView;
  if (!((state.hovered || state.focused) && host.isConnected)) {
    if (state.onScroll) win?.removeEventListener('scroll', state.onScroll, true);
    state.onScroll = undefined;
    tip.classList.remove('shown');
    // A popover already closed (its mark left the page) has nothing to hide.
    if (popover && tip.matches(':popover-open')) tip.hidePopover();
    return;
  }
  const box = badge.getBoundingClientRect();
  const width = host.ownerDocument.documentElement.clientWidth;
  tip.style.top = `${Math.round(box.bottom + 4)}px`;
  tip.style.right = `${Math.max(0, Math.round(width - box.right))}px`;
  tip.classList.add('shown');
  if (popover && !tip.matches(':popover-open')) tip.showPopover();
  if (!state.onScroll) {
    state.onScroll = () => {
      state.hovered = false;
      state.focused = false;
      syncTip(host, state);
    };
    win?.addEventListener('scroll', state.onScroll, { capture: true, passive: true });
  }
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
  badge.querySelector('path')?.setAttribute('d', GLYPHS[glyphKind(verdict)]);
  const description = markDescription(verdict);
  badge.setAttribute('title', description);
  tip.textContent = description;
}

/** The focusable badge inside a mark, for stepping through the marks. */
export function markBadge(host: Element): HTMLElement | null {
  return (host.shadowRoot?.querySelector('.badge') as HTMLElement | null) ?? null;
}
