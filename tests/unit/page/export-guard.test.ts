import { type ExportAttempt, installExportGuard } from '../../../lib/page/export-guard';

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

  it('replays on nothing, and runs nothing, when only a look-alike elsewhere is left', () => {
    const { calls, attempts } = setUp(
      '<aside><button data-call="sidebar">Export</button></aside><main><div id="bar"><button data-call="old">Export</button></div></main>',
    );
    document.querySelector<HTMLElement>('[data-call=old]')?.click();
    // The host drops the whole invoice view: only the sidebar's Export is left on the page.
    document.querySelector('main')?.remove();
    expect(attempts[0]?.liveAction()).toBeNull();
    expect(attempts[0]?.replay()).toBe(false);
    expect(calls).toEqual([]);
  });

  it('stops guarding when its signal is aborted', () => {
    const { calls, attempts, controller } = setUp(PAGE);
    controller.abort();
    document.querySelector<HTMLElement>('[data-call=export]')?.click();
    expect(calls).toEqual(['export']);
    expect(attempts).toHaveLength(0);
  });
});

/** A mouse press as a browser sends it, each event on `el` (the click's count is 1). */
function press(el: Element) {
  const init = { bubbles: true, cancelable: true, composed: true, button: 0 };
  el.dispatchEvent(new PointerEvent('pointerdown', { ...init, pointerId: 1, isPrimary: true }));
  el.dispatchEvent(new MouseEvent('mousedown', { ...init, detail: 1 }));
  el.dispatchEvent(new PointerEvent('pointerup', { ...init, pointerId: 1, isPrimary: true }));
  el.dispatchEvent(new MouseEvent('mouseup', { ...init, detail: 1 }));
  el.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
}

const PRESS_EVENTS = ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click'] as const;

describe('installExportGuard and press libraries', () => {
  afterEach(() => {
    for (const controller of installed.splice(0)) controller.abort();
    document.body.textContent = '';
  });

  /** Every event of a press that reaches the host's own listeners on `el`. */
  function hostSees(el: Element): string[] {
    const seen: string[] = [];
    for (const type of PRESS_EVENTS) el.addEventListener(type, () => seen.push(type));
    return seen;
  }

  it('holds the whole press of an export action: the host sees none of its events', () => {
    const { attempts } = setUp('<button id="sync">Sync</button>');
    const button = document.getElementById('sync') as HTMLElement;
    const seen = hostSees(button);
    press(button);
    expect(seen).toEqual([]);
    expect(attempts).toHaveLength(1);
    expect(attempts[0]?.via).toBe('press');
  });

  it('asks at the end of a held press, so the release does not land on the dialog', () => {
    const { attempts } = setUp('<button id="sync">Sync</button>');
    const button = document.getElementById('sync') as HTMLElement;
    const init = { bubbles: true, cancelable: true, button: 0 };
    button.dispatchEvent(new PointerEvent('pointerdown', init));
    button.dispatchEvent(new PointerEvent('pointerup', init));
    expect(attempts).toHaveLength(0);
    button.dispatchEvent(new MouseEvent('click', { ...init, detail: 1 }));
    expect(attempts).toHaveLength(1);
  });

  it('asks nothing for a press the browser took over (a scroll), and runs nothing', () => {
    const { attempts } = setUp('<button id="sync">Sync</button>');
    const button = document.getElementById('sync') as HTMLElement;
    const seen = hostSees(button);
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    button.dispatchEvent(new PointerEvent('pointercancel', { bubbles: true }));
    expect(attempts).toHaveLength(0);
    expect(seen).toEqual([]);
  });

  it('replays the press sequence once, so a library acting on pointerup runs once', () => {
    const { attempts } = setUp(
      '<div role="button" tabindex="0" id="sync"><span aria-hidden="true">cloud_upload</span>Sync</div>',
    );
    const button = document.getElementById('sync') as HTMLElement;
    // React Aria's usePress: pressed on pointerdown, acts on pointerup, ignores the click after.
    const runs: string[] = [];
    let pressed = false;
    button.addEventListener('pointerdown', (event) => {
      pressed = (event as PointerEvent).button === 0;
    });
    document.addEventListener('pointerup', () => {
      if (pressed) runs.push('sync');
      pressed = false;
    });
    const seen = hostSees(button);
    press(button);
    expect(runs).toEqual([]);
    expect(attempts[0]?.replay()).toBe(true);
    expect(attempts[0]?.replay()).toBe(false);
    expect(runs).toEqual(['sync']);
    expect(seen).toEqual([...PRESS_EVENTS]);
  });

  it('holds an action that runs on mousedown before it runs', () => {
    const { attempts } = setUp('<a id="sync">Sync to Intacct</a>');
    const link = document.getElementById('sync') as HTMLElement;
    const runs: string[] = [];
    link.addEventListener('mousedown', () => runs.push('sync'));
    press(link);
    expect(runs).toEqual([]);
    attempts[0]?.replay();
    expect(runs).toEqual(['sync']);
  });

  it('lets all of a press through that passed at its start', () => {
    const { attempts, allow } = setUp('<button id="sync">Sync</button>');
    allow();
    const button = document.getElementById('sync') as HTMLElement;
    const seen = hostSees(button);
    press(button);
    expect(seen).toEqual([...PRESS_EVENTS]);
    expect(attempts).toHaveLength(0);
  });

  it('judges the click of a passed press again: the press may have changed the page', () => {
    document.body.innerHTML = '<button id="sync">Sync</button>';
    const controller = new AbortController();
    installed.push(controller);
    const attempts: ExportAttempt[] = [];
    // Open when pressed; the press blurs a field whose autosave blanks the date.
    const verdicts = [false, true];
    installExportGuard({
      exportWords: () => WORDS,
      shouldIntercept: () => verdicts.shift() ?? true,
      onIntercept: (attempt) => attempts.push(attempt),
      signal: controller.signal,
    });
    const button = document.getElementById('sync') as HTMLElement;
    const seen = hostSees(button);
    press(button);
    expect(seen).toEqual(['pointerdown', 'mousedown', 'pointerup', 'mouseup']);
    expect(attempts.map((attempt) => attempt.via)).toEqual(['click']);
  });

  it('leaves the browser its focus on the pressed button, where the dialog gives it back', () => {
    const { attempts } = setUp('<button id="sync">Sync</button>');
    const button = document.getElementById('sync') as HTMLElement;
    const down = new PointerEvent('pointerdown', { bubbles: true, cancelable: true, button: 0 });
    button.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(false);
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, detail: 1 });
    button.dispatchEvent(click);
    expect(click.defaultPrevented).toBe(true);
    expect(attempts).toHaveLength(1);
  });

  it('makes one dialog of a press made while another is held', () => {
    const { attempts } = setUp('<button id="sync">Sync</button>');
    const button = document.getElementById('sync') as HTMLElement;
    const seen = hostSees(button);
    press(button);
    press(button);
    expect(attempts).toHaveLength(1);
    expect(seen).toEqual([]);
  });

  it('holds the press events of that press only: a later keyboard click is judged on its own', () => {
    const { calls, attempts } = setUp(
      '<button id="sync">Sync</button><button data-call="save">Save</button>',
    );
    const button = document.getElementById('sync') as HTMLElement;
    // The press is let go elsewhere: no click ends it.
    button.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, button: 0 }));
    document.querySelector<HTMLElement>('[data-call=save]')?.click();
    expect(calls).toEqual(['save']);
    expect(attempts).toHaveLength(0);
  });

  it('leaves the arrow of a split button alone: it opens a menu, its items are judged', () => {
    const { calls, attempts } = setUp(`
      <div role="group"><button data-call="main">Save</button>
      <button data-call="arrow" aria-haspopup="menu" aria-expanded="false" aria-label="Sync options">▾</button></div>
      <ul role="menu"><li role="menuitem" data-call="pdf">Export PDF</li>
      <li role="menuitem" data-call="intacct">Sync to Intacct</li></ul>`);
    for (const call of ['arrow', 'pdf', 'intacct']) {
      press(document.querySelector(`[data-call=${call}]`) as HTMLElement);
    }
    expect(calls).toEqual(['arrow', 'pdf']);
    expect(attempts.map((attempt) => attempt.action.textContent)).toEqual(['Sync to Intacct']);
  });

  it('replays on the button in the re-rendered toolbar, not on a look-alike elsewhere', () => {
    const { calls, attempts } = setUp(`
      <nav><button data-call="sidebar">Export</button></nav>
      <section id="invoice"><div role="toolbar"><button data-call="old">Export</button></div></section>`);
    press(document.querySelector('[data-call=old]') as HTMLElement);
    // The host re-renders the whole toolbar while the dialog is open.
    const toolbar = document.createElement('div');
    toolbar.setAttribute('role', 'toolbar');
    const fresh = document.createElement('button');
    fresh.textContent = 'Export';
    fresh.addEventListener('click', () => calls.push('fresh'));
    toolbar.append(fresh);
    document.getElementById('invoice')?.replaceChildren(toolbar);
    expect(attempts[0]?.liveAction()).toBe(fresh);
    attempts[0]?.replay();
    expect(calls).toEqual(['fresh']);
  });

  it('will not choose between two look-alikes in the place of the original', () => {
    const { calls, attempts } = setUp(
      '<section id="invoice"><div><button data-call="old">Export</button></div></section>',
    );
    press(document.querySelector('[data-call=old]') as HTMLElement);
    const invoice = document.getElementById('invoice') as HTMLElement;
    invoice.innerHTML =
      '<button data-call="a">Export</button><button data-call="b">Export</button>';
    for (const el of invoice.querySelectorAll<HTMLElement>('[data-call]')) {
      el.addEventListener('click', () => calls.push(el.dataset.call ?? ''));
    }
    expect(attempts[0]?.liveAction()).toBeNull();
    expect(attempts[0]?.replay()).toBe(false);
    expect(calls).toEqual([]);
  });
});
