import { controlValues } from '../../lib/page/control-values';

describe('controlValues', () => {
  afterEach(() => {
    document.body.textContent = '';
  });

  it('reads the value property of controls and of controls inside the elements', () => {
    document.body.innerHTML = `
      <input id="a" value="09/15/2026">
      <div id="picker"><span>Sep 15, 2026</span><input type="hidden" value="2026-09-15"></div>
      <p id="text">Invoice Date: Sep 15, 2026</p>`;
    const els = ['a', 'picker', 'text'].map((id) => document.getElementById(id) as Element);
    const before = controlValues(els);
    expect(before).toBe('09/15/2026\u00002026-09-15');
    // Set by script: the attribute stays, only the property changes.
    (document.querySelector('#picker input') as HTMLInputElement).value = '';
    expect(controlValues(els)).not.toBe(before);
  });

  it('is empty for elements without controls', () => {
    document.body.innerHTML = '<p id="text">Invoice Date: Sep 15, 2026</p>';
    expect(controlValues([document.getElementById('text') as Element])).toBe('');
  });
});
