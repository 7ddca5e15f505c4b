import { claimPage } from '../../../lib/guard/page-claim';

const ATTRIBUTE = 'data-period-guard';
const html = () => document.documentElement;

function claim(alive: () => boolean) {
  const lifetime = new AbortController();
  const pageClaim = claimPage(document, lifetime, alive);
  const id = html().getAttribute(ATTRIBUTE);
  return { lifetime, pageClaim, id };
}

describe('claimPage', () => {
  afterEach(() => html().removeAttribute(ATTRIBUTE));

  it('marks the page with an id of its own', () => {
    const { pageClaim, id } = claim(() => true);
    expect(id).toMatch(/\S/);
    expect(pageClaim.isCurrent()).toBe(true);
  });

  it('does not stand down when the page removes the mark, and puts it back', () => {
    const { pageClaim, lifetime, id } = claim(() => true);
    html().removeAttribute(ATTRIBUTE);
    expect(pageClaim.isCurrent()).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
    expect(html().getAttribute(ATTRIBUTE)).toBe(id);
  });

  it('does not obey a mark the page forged while its extension is alive', () => {
    const { pageClaim, lifetime, id } = claim(() => true);
    html().setAttribute(ATTRIBUTE, 'zzz-forged');
    expect(pageClaim.isCurrent()).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
    expect(html().getAttribute(ATTRIBUTE)).toBe(id);
  });

  it('gives the page to a newer copy once its own extension context is gone', () => {
    let alive = true;
    const old = claim(() => alive);
    alive = false; // the extension was updated under the tab
    const newer = claim(() => true);
    expect(old.pageClaim.isCurrent()).toBe(false);
    expect(old.lifetime.signal.aborted).toBe(true);
    expect(newer.pageClaim.isCurrent()).toBe(true);
    expect(html().getAttribute(ATTRIBUTE)).toBe(newer.id);
  });

  it('keeps guarding without a context while no other copy has claimed the page', () => {
    let alive = true;
    const { pageClaim, lifetime, id } = claim(() => alive);
    alive = false;
    expect(pageClaim.isCurrent()).toBe(true);
    html().removeAttribute(ATTRIBUTE);
    expect(pageClaim.isCurrent()).toBe(true);
    expect(lifetime.signal.aborted).toBe(false);
    expect(html().getAttribute(ATTRIBUTE)).toBe(id);
  });
});
