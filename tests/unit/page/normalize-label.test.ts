import fc from 'fast-check';
import { looksLikeLabel } from '../../../lib/page/looks-like-label';
import {
  matchesLabel,
  normalizeLabel,
  normalizeName,
  normalizeUnicodeName,
} from '../../../lib/page/normalize-label';
import {
  DEFAULT_INVOICE_DATE_LABELS,
  DEFAULT_INVOICE_NUMBER_LABELS,
} from '../../../lib/settings/defaults';

describe('normalizeLabel', () => {
  it.each([
    ['Invoice Date', 'invoice date'],
    ['Invoice Date:', 'invoice date'],
    ['INVOICE DATE *', 'invoice date'],
    ['  Invoice\u00a0\n Date ： ', 'invoice date'],
    ['Invoice Date (MM/DD/YYYY)', 'invoice date'],
    ['Invoice Date (mm/dd/yyyy):', 'invoice date'],
    ['Invoice #', 'invoice #'],
    ['Invoice No.', 'invoice no'],
    ['Re-sync', 'resync'],
    ['Ｉｎｖｏｉｃｅ Ｄａｔｅ', 'invoice date'],
    ['***', ''],
  ])('%j → %j', (text, name) => {
    expect(normalizeLabel(text)).toBe(name);
  });

  it('keeps a parenthesis that is not a trailing hint', () => {
    expect(normalizeName('Export (PDF) now')).toBe('export pdf now');
  });
});

describe('matchesLabel', () => {
  it.each([
    'Invoice Date',
    'Invoice Date:',
    'INVOICE DATE *',
    'invoice date',
    'Issue Date',
    'Date Issued:',
  ])('%j is an invoice-date label', (text) => {
    expect(matchesLabel(text, DEFAULT_INVOICE_DATE_LABELS)).toBe(true);
  });

  it.each([
    'Due Date',
    'Due Date:',
    'DUE DATE *',
    'Invoice Due Date',
    'Date',
    'Invoice',
    'Invoice Dates',
    'Posting Date',
    '',
  ])('%j is never an invoice-date label', (text) => {
    expect(matchesLabel(text, DEFAULT_INVOICE_DATE_LABELS)).toBe(false);
  });

  it('tells the number label "Invoice" from "Invoice Date"', () => {
    expect(matchesLabel('Invoice:', DEFAULT_INVOICE_NUMBER_LABELS)).toBe(true);
    expect(matchesLabel('Invoice Date', DEFAULT_INVOICE_NUMBER_LABELS)).toBe(false);
  });
});

describe('looksLikeLabel', () => {
  it.each(['Due Date', 'Due Date:', 'Payment due on receipt', 'Service Date', 'Terms:'])(
    '%j is a label, not a value',
    (text) => {
      expect(looksLikeLabel(text)).toBe(true);
    },
  );

  it.each(['09/15/2026', 'Sep 15, 2026 (Net 30)', 'INV-1001', 'Acme West', 'Date 09/15/2026'])(
    '%j may be a value',
    (text) => {
      expect(looksLikeLabel(text)).toBe(false);
    },
  );
});

describe('normalizeName on ASCII text', () => {
  // Letters, digits, the characters the rule treats specially, and any other ASCII.
  const asciiText = fc.string({
    unit: fc.oneof(
      fc.constantFrom('a', 'Z', 'q', '7', '-', '-', '#', ' ', '\t', '\n', ':', '*', '(', ')', '_'),
      fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 40,
  });

  it('is the general (Unicode) rule, for any ASCII text', () => {
    fc.assert(
      fc.property(asciiText, (text) => {
        expect(normalizeName(text)).toBe(normalizeUnicodeName(text));
      }),
      { numRuns: 5000 },
    );
  });

  it('joins hyphenated letters, keeps # and digits, and hands non-ASCII to the general rule', () => {
    expect(normalizeName(' Re-Sync  to-be-done: #12 ')).toBe('resync tobedone #12');
    expect(normalizeName('a-1 -b')).toBe('a 1 b');
    expect(normalizeName('Rechnungs\u2011datum')).toBe('rechnungsdatum');
    expect(normalizeName('ＩＮＶＯＩＣＥ　ＤＡＴＥ')).toBe('invoice date');
  });
});
