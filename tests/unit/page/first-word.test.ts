import fc from 'fast-check';
import { firstWordOf } from '../../../lib/page/find-labelled-value';

/** The definition the hand-written scan must agree with (a label's first word). */
const FIRST_WORD = /\p{L}+(?:[-\u2010\u2011]\p{L}+)*|\p{N}+/u;

describe('firstWordOf', () => {
  it.each([
    ['Invoice Date', 'Invoice'],
    ['  \n\t Invoice', 'Invoice'],
    ['03/12/2026', '03'],
    ['$1,234.00', '1'],
    ['Re-sync now', 'Re-sync'],
    ['Re-', 'Re'],
    ['Re-2', 'Re'],
    ['abc12', 'abc'],
    ['12abc', '12'],
    ['Fecha de factura', 'Fecha'],
    ['\u00a0Fecha', 'Fecha'],
    ['Café', 'Café'],
    ['—', undefined],
    ['', undefined],
    ['   ', undefined],
    ['Invoice\u2010Date', 'Invoice\u2010Date'],
    ['12²', '12²'],
  ])('%j → %j', (text, word) => {
    expect(firstWordOf(text)).toBe(word);
    expect(FIRST_WORD.exec(text)?.[0]).toBe(word);
  });

  it('finds what the Unicode regex finds, for any text', () => {
    const chars = fc.constantFrom(
      ...'aZ09 -:#\n\t.$/\u00a0\u2010\u2011éß²٣日—'.split(''),
      'Invoice',
      'Date',
    );
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 12 }), fc.string({ maxLength: 8 }), (parts, raw) => {
        const text = parts.join('') + raw;
        expect(firstWordOf(text)).toBe(FIRST_WORD.exec(text)?.[0]);
      }),
      { numRuns: 2000 },
    );
  });
});
