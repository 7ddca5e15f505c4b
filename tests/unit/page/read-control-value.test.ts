import { readControlValue } from '../../../lib/page/read-control-value';
import { htmlDocument } from '../../support/host-pages';

function read(html: string, selector = '#v'): string {
  const el = htmlDocument(html).querySelector(selector);
  if (!el) throw new Error(`no ${selector}`);
  return readControlValue(el).text;
}

describe('readControlValue', () => {
  it.each([
    ['a text input', '<input id="v" value=" 09/15/2026 ">', '09/15/2026'],
    ['a date input', '<input id="v" type="date" value="2026-09-15">', '2026-09-15'],
    ['a textarea', '<textarea id="v">Acme  West</textarea>', 'Acme West'],
    [
      'a select, by the chosen option text',
      '<select id="v"><option value="1">Acme East</option><option value="2" selected>Acme West</option></select>',
      'Acme West',
    ],
    ['plain text', '<span id="v">\n  Sep\u00a015,   2026 </span>', 'Sep 15, 2026'],
    ['text in blocks', '<div id="v"><div>Sep 15,</div><div>2026</div></div>', 'Sep 15, 2026'],
    [
      'a picker: hidden input beside the shown text',
      '<div id="v"><span>Sep 15, 2026</span><button>Open calendar</button><input type="hidden" value="2026-09-15"></div>',
      '2026-09-15',
    ],
    [
      'a picker with a blank hidden input: the shown text',
      '<div id="v"><span>09/15/2026</span><button>Open calendar</button><input type="hidden" value=""></div>',
      '09/15/2026',
    ],
    [
      'a blank display input: its hidden twin',
      '<div><input id="v" value=""><input type="hidden" value="2026-09-15"></div>',
      '2026-09-15',
    ],
    [
      'an input inside a wrapper',
      '<div id="v"><span class="icon"></span><input value="09/15/2026"></div>',
      '09/15/2026',
    ],
    [
      'named segments, in day-month-year display order',
      '<div id="v" role="group"><span role="spinbutton" aria-label="day" aria-valuenow="15">15</span>.<span role="spinbutton" aria-label="month" aria-valuenow="9">09</span>.<span role="spinbutton" aria-label="year" aria-valuenow="2026">2026</span></div>',
      '2026-09-15',
    ],
    [
      'segments named by data-segment, text only',
      '<div id="v"><span role="spinbutton" data-segment="month">09</span><span role="spinbutton" data-segment="day">15</span><span role="spinbutton" data-segment="year">2026</span></div>',
      '2026-09-15',
    ],
    [
      'unnamed segments with separators: as shown',
      '<div id="v"><span role="spinbutton">09</span>/<span role="spinbutton">15</span>/<span role="spinbutton">2026</span></div>',
      '09/15/2026',
    ],
    [
      'unnamed segments without separators',
      '<div id="v"><span role="spinbutton">09</span><span role="spinbutton">15</span><span role="spinbutton">2026</span></div>',
      '09/15/2026',
    ],
    [
      'segments still showing placeholders: blank',
      '<div id="v"><span role="spinbutton" aria-label="month">mm</span>/<span role="spinbutton" aria-label="day">dd</span>/<span role="spinbutton" aria-label="year">yyyy</span></div>',
      '',
    ],
    [
      'named segments of a day that does not exist stay visibly wrong',
      '<div id="v"><span role="spinbutton" aria-label="month" aria-valuenow="2">02</span><span role="spinbutton" aria-label="day" aria-valuenow="30">30</span><span role="spinbutton" aria-label="year" aria-valuenow="2026">2026</span></div>',
      '2026-02-30',
    ],
    [
      'hidden text is not read',
      '<div id="v">09/15/2026<span hidden>10/15/2026</span></div>',
      '09/15/2026',
    ],
  ])('%s', (_name, html, text) => {
    expect(read(html)).toBe(text);
  });

  it('returns the element it read', () => {
    const doc = htmlDocument('<span id="v">x</span>');
    const el = doc.getElementById('v');
    expect(el && readControlValue(el).element).toBe(el);
  });
});
