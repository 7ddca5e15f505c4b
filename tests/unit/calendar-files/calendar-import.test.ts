import { CSV_TEMPLATE } from '../../../lib/calendar-files/csv';
import { importCalendarText, MAX_IMPORT_BYTES } from '../../../lib/calendar-files/import';

const JSON_TEXT = '{"version": 1, "periods": []}';

describe('importCalendarText', () => {
  it.each([
    ['a .json file name', JSON_TEXT, 'calendar.JSON', 'json'],
    ['text starting with {', `\uFEFF \n${JSON_TEXT}`, 'calendar.txt', 'json'],
    ['text starting with { and no name', JSON_TEXT, undefined, 'json'],
    ['anything else', CSV_TEMPLATE, 'calendar.csv', 'csv'],
    ['a CSV without a name', CSV_TEMPLATE, undefined, 'csv'],
  ])('reads %s as %s', (_case, text, fileName, format) => {
    const result = importCalendarText(text, fileName);
    expect(result).toMatchObject({ ok: true, format });
  });

  it('refuses a .json file holding CSV with the JSON syntax problem', () => {
    const result = importCalendarText(CSV_TEMPLATE, 'calendar.json');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]?.message).toMatch(/not valid JSON/);
  });

  it('refuses an empty or blank file with one message', () => {
    for (const text of ['', '\uFEFF', ' \r\n\r\n ']) {
      expect(importCalendarText(text, 'calendar.csv')).toEqual({
        ok: false,
        errors: [{ message: 'the file is empty' }],
      });
    }
  });

  it('refuses text over 5 MB before parsing, counting UTF-8 bytes', () => {
    const refusal = {
      ok: false,
      errors: [
        {
          message:
            'the file is larger than 5 MB; a calendar file is a few KB, so check that this is the right file',
        },
      ],
    };
    expect(importCalendarText('x'.repeat(MAX_IMPORT_BYTES + 1))).toEqual(refusal);
    // 2 million three-byte characters: 6 MB in UTF-8 though only 2 million UTF-16 units.
    expect(importCalendarText('€'.repeat(2_000_000))).toEqual(refusal);
    // Exactly at the limit is read (and refused only for what it says).
    const atLimit = importCalendarText('x'.repeat(MAX_IMPORT_BYTES));
    expect(!atLimit.ok && atLimit.errors[0]?.message).not.toMatch(/larger than/);
  });
});
