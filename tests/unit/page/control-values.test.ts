import { controlsAmong, controlValues } from '../../../lib/page/control-values';

describe('controlsAmong and controlValues', () => {
  afterEach(() => {
    document.body.textContent = '';
  });

  it('finds controls and controls inside the elements, and reads their value property', () => {
    document.body.innerHTML = `
      <input id="a" value="09/15/2026">
      <div id="picker"><span>Sep 15, 2026</span><input type="hidden" value="2026-09-15"></div>
      <p id="text">Invoice Date: Sep 15, 2026</p>`;
    const els = ['a', 'picker', 'text'].map((id) => document.getElementById(id) as Element);
    const controls = controlsAmong(els);
    expect(controls.map((control) => control.id || control.type)).toEqual(['a', 'hidden']);
    const before = controlValues(controls);
    expect(before).toBe('09/15/2026\u00002026-09-15');
    // Set by script: the attribute stays, only the property changes.
    (document.querySelector('#picker input') as HTMLInputElement).value = '';
    expect(controlValues(controls)).not.toBe(before);
  });

  it('finds none among elements without controls', () => {
    document.body.innerHTML = '<p id="text">Invoice Date: Sep 15, 2026</p>';
    const controls = controlsAmong([document.getElementById('text') as Element]);
    expect(controls).toEqual([]);
    expect(controlValues(controls)).toBe('');
  });
});
