import { pickElement } from '../../../lib/page/pick-element';

/** A host page with its own click handler, and our overlay's element beside it. */
function page() {
  document.body.innerHTML = `
    <main><label for="d">Bill Date</label><input id="d" value="09/15/2026"></main>
    <period-guard-ui><button id="ours">Cancel picking</button></period-guard-ui>`;
  const hostSaw: string[] = [];
  for (const type of ['mousedown', 'mouseup', 'click']) {
    document.addEventListener(type, () => hostSaw.push(type));
  }
  return hostSaw;
}

function start() {
  const calls = { picked: [] as Element[], hovered: [] as Array<Element | null>, cancelled: 0 };
  const stop = pickElement({
    win: window,
    isOwn: (element) => element.closest('period-guard-ui') !== null,
    onHover: (element) => calls.hovered.push(element),
    onPick: (element) => calls.picked.push(element),
    onCancel: () => {
      calls.cancelled++;
    },
  });
  return { calls, stop };
}

const field = () => document.getElementById('d') as HTMLElement;

describe('pickElement', () => {
  afterEach(() => {
    document.body.textContent = '';
  });

  it('keeps the pick click from the host page', () => {
    const hostSaw = page();
    const { stop } = start();
    for (const type of ['mousedown', 'mouseup', 'click']) {
      field().dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
    }
    expect(hostSaw).toEqual([]);
    stop();
    field().dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(hostSaw).toEqual(['click']);
  });

  it('does not let a script pick: only a real click does', () => {
    page();
    const { calls, stop } = start();
    field().click();
    expect(calls.picked).toEqual([]);
    stop();
  });

  it('leaves our own overlay working and out of the highlight', () => {
    page();
    const { calls, stop } = start();
    const ours = document.getElementById('ours') as HTMLElement;
    let clicked = 0;
    ours.addEventListener('click', () => clicked++);
    ours.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    ours.click();
    expect(clicked).toBe(1);
    expect(calls.hovered).toEqual([null]);
    field().dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    expect(calls.hovered).toEqual([null, field()]);
    stop();
  });

  it('stops on Escape and tells the caller, keeping the key from the page', () => {
    const hostKeys: string[] = [];
    page();
    document.addEventListener('keydown', (event) => hostKeys.push(event.key));
    const { calls } = start();
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls.cancelled).toBe(1);
    expect(hostKeys).toEqual([]);
    // Stopped: the next Escape is the page's again.
    document.body.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(calls.cancelled).toBe(1);
    expect(hostKeys).toEqual(['Escape']);
  });
});
