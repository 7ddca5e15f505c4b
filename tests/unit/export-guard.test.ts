import { type ExportAttempt, installExportGuard } from '../../lib/page/export-guard';

const WORDS = ['Export', 'Sync', 'Re-sync', 'Export to Accounting', 'Sync to Intacct'];

/** Every guard a test installs; removed after each test so none leaks into the next. */
const installed: AbortController[] = [];

function setUp(html: string, intercept = true) {
  document.body.innerHTML = html;
  const calls: string[] = [];
  for (const el of document.querySelectorAll<HTMLElement>('[data-call]')) {
    el.addEventListener('click', () => calls.push(el.dataset.call ?? ''));
    el.addEventListener('keydown', (event) => {
      if ((event as KeyboardEvent).key === 'Enter') calls.push(`key:${el.dataset.call}`);
    });
  }
  const attempts: ExportAttempt[] = [];
  const controller = new AbortController();
  installed.push(controller);
  let shouldIntercept = intercept;
  installExportGuard({
    exportWords: () => WORDS,
    shouldIntercept: () => shouldIntercept,
    onIntercept: (attempt) => attempts.push(attempt),
    signal: controller.signal,
  });
  return {
    calls,
    attempts,
    controller,
    allow: () => {
      shouldIntercept = false;
    },
  };
}

const PAGE = `
  <button data-call="export">Export</button>
  <button data-call="pdf">Export PDF</button>
  <button data-call="save">Save</button>
  <div role="menuitem" tabindex="0" data-call="menu">Sync to Intacct</div>
  <a href="#x" data-call="link"><span>Re-sync</span></a>`;

describe('installExportGuard', () => {
  afterEach(() => {
    for (const controller of installed.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  it('holds an export click before the host sees it, and replays it exactly once', () => {
    const { calls, attempts } = setUp(PAGE);
    document.querySelector<HTMLElement>('[data-call=export]')?.click();
    expect(calls).toEqual([]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.replay()).toBe(true);
    expect(attempts[0]?.replay()).toBe(false);
    expect(calls).toEqual(['export']);
  });

  it('leaves non-export buttons alone, including Export PDF', () => {
    const { calls, attempts } = setUp(PAGE);
    document.querySelector<HTMLElement>('[data-call=pdf]')?.click();
    document.querySelector<HTMLElement>('[data-call=save]')?.click();
    expect(calls).toEqual(['pdf', 'save']);
    expect(attempts).toHaveLength(0);
  });

  it('makes one attempt of a double click and swallows the second click', () => {
    const { calls, attempts } = setUp(PAGE);
    const button = document.querySelector<HTMLElement>('[data-call=export]');
    button?.click();
    button?.click();
    expect(attempts).toHaveLength(1);
    expect(calls).toEqual([]);
  });

  it('holds keyboard activation of a menu item and replays the key', () => {
    const { calls, attempts } = setUp(PAGE);
    const item = document.querySelector<HTMLElement>('[data-call=menu]');
    item?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect(calls).toEqual([]);
    expect(attempts[0]?.via).toBe('key');
    attempts[0]?.replay();
    expect(calls).toEqual(['key:menu']);
  });

  it('guards links whose text sits in a child element', () => {
    const { calls, attempts } = setUp(PAGE);
    document.querySelector<HTMLElement>('[data-call=link] span')?.click();
    expect(calls).toEqual([]);
    expect(attempts).toHaveLength(1);
  });

  it('lets exports through when the verdict allows them', () => {
    const { calls, attempts, allow } = setUp(PAGE);
    allow();
    document.querySelector<HTMLElement>('[data-call=export]')?.click();
    expect(calls).toEqual(['export']);
    expect(attempts).toHaveLength(0);
  });

  it('does nothing once dismissed, and asks again on the next click', () => {
    const { calls, attempts } = setUp(PAGE);
    const button = document.querySelector<HTMLElement>('[data-call=export]');
    button?.click();
    attempts[0]?.dismiss();
    expect(attempts[0]?.replay()).toBe(false);
    button?.click();
    expect(attempts).toHaveLength(2);
    expect(calls).toEqual([]);
  });

  it('replays on the re-rendered button when the host replaced it meanwhile', () => {
    const { calls, attempts } = setUp(
      '<div id="bar"><button data-call="old">Export</button></div>',
    );
    document.querySelector<HTMLElement>('[data-call=old]')?.click();
    const bar = document.getElementById('bar') as HTMLElement;
    const fresh = document.createElement('button');
    fresh.textContent = 'Export';
    fresh.addEventListener('click', () => calls.push('fresh'));
    bar.replaceChildren(fresh);
    attempts[0]?.replay();
    expect(calls).toEqual(['fresh']);
  });

  it('finds the re-rendered button by its name when its text changed only in whitespace', () => {
    const { calls, attempts } = setUp(
      `<div id="bar"><button data-call="other">Export
        PDF</button><button id="export-btn" data-call="old">
        <span aria-hidden="true">⇧</span>
        <span>Export</span>
      </button></div>`,
    );
    document.querySelector<HTMLElement>('[data-call=old]')?.click();
    const bar = document.getElementById('bar') as HTMLElement;
    // A client re-render of the served HTML: same elements and words, no whitespace between.
    bar.innerHTML = bar.innerHTML.replace(/>\s+</g, '><');
    for (const button of bar.querySelectorAll('button')) {
      button.addEventListener('click', () => calls.push(`fresh ${button.textContent}`));
    }
    attempts[0]?.replay();
    expect(calls).toEqual(['fresh ⇧Export']);
  });

  it('prefers the re-rendered button with the same id over another of the same name', () => {
    const { calls, attempts } = setUp(
      '<div id="bar"><button data-call="old" id="export-btn">Export</button></div>',
    );
    document.querySelector<HTMLElement>('[data-call=old]')?.click();
    const elsewhere = document.createElement('button');
    elsewhere.textContent = 'Export';
    elsewhere.addEventListener('click', () => calls.push('elsewhere'));
    document.body.prepend(elsewhere);
    const fresh = document.createElement('button');
    fresh.id = 'export-btn';
    fresh.textContent = 'Export';
    fresh.addEventListener('click', () => calls.push('fresh'));
    (document.getElementById('bar') as HTMLElement).replaceChildren(fresh);
    attempts[0]?.replay();
    expect(calls).toEqual(['fresh']);
  });

  it('stops guarding when its signal is aborted', () => {
    const { calls, attempts, controller } = setUp(PAGE);
    controller.abort();
    document.querySelector<HTMLElement>('[data-call=export]')?.click();
    expect(calls).toEqual(['export']);
    expect(attempts).toHaveLength(0);
  });
});
