import Papa from 'papaparse';
import { auditLogToCsv } from '../../../lib/settings/audit-csv';
import type { AuditRecord } from '../../../lib/settings/audit-schema';

const record = (change: Partial<AuditRecord> = {}): AuditRecord => ({
  id: 'a',
  at: '2026-03-02T09:30:00.000Z',
  invoiceNumber: 'INV-1042',
  date: '2026-02-27',
  verdict: 'closed',
  period: 'February 2026',
  url: 'https://acme.buildops.com/invoices/1042',
  who: 'Dana Reyes',
  reason: 'Customer approved the February date; AR adjusts in March',
  ...change,
});

/** The CSV read back as a spreadsheet would, header first. */
function cells(csv: string): string[][] {
  return Papa.parse<string[]>(csv, { skipEmptyLines: true }).data;
}

describe('auditLogToCsv', () => {
  it('writes a header and one row per record, in the order given', () => {
    const csv = auditLogToCsv([record({ id: 'b', invoiceNumber: 'INV-2' }), record()]);
    expect(cells(csv)).toEqual([
      [
        'When',
        'Who',
        'Invoice',
        'Invoice date',
        'Verdict',
        'Verdict code',
        'Period',
        'Reason',
        'Page',
      ],
      [
        '2026-03-02T09:30:00.000Z',
        'Dana Reyes',
        'INV-2',
        '2026-02-27',
        'Closed',
        'closed',
        'February 2026',
        'Customer approved the February date; AR adjusts in March',
        'https://acme.buildops.com/invoices/1042',
      ],
      [
        '2026-03-02T09:30:00.000Z',
        'Dana Reyes',
        'INV-1042',
        '2026-02-27',
        'Closed',
        'closed',
        'February 2026',
        'Customer approved the February date; AR adjusts in March',
        'https://acme.buildops.com/invoices/1042',
      ],
    ]);
  });

  it('uses CRLF line endings and ends with one', () => {
    const csv = auditLogToCsv([record()]);
    expect(csv.split('\r\n')).toHaveLength(3);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replaceAll('\r\n', '')).not.toContain('\n');
  });

  it("says how many selected invoices a bulk export's unchecked record covers", () => {
    const csv = auditLogToCsv([
      record({
        invoiceNumber: undefined,
        date: undefined,
        period: undefined,
        verdict: 'unreadable-date',
        unverified: 1988,
      }),
    ]);
    expect(cells(csv)[1]?.slice(2, 6)).toEqual([
      '1,988 selected invoices, not checked',
      '',
      'Date unreadable',
      'unreadable-date',
    ]);
  });

  it('leaves missing fields empty', () => {
    const csv = auditLogToCsv([{ id: 'x', at: '2026-03-02T09:30:00Z', verdict: 'no-calendar' }]);
    expect(cells(csv)[1]).toEqual([
      '2026-03-02T09:30:00Z',
      '',
      '',
      '',
      'No calendar',
      'no-calendar',
      '',
      '',
      '',
    ]);
  });

  it.each([
    ['=HYPERLINK("http://evil.example","click")'],
    ['+1+1'],
    ['-2+3'],
    ['@SUM(A1:A2)'],
    ['  =1+1'],
    ['\t=1+1'],
    ['\r=1+1'],
  ])('disarms %j with a leading apostrophe in every text column', (bad) => {
    const row = cells(
      auditLogToCsv([record({ invoiceNumber: bad, period: bad, url: bad, who: bad, reason: bad })]),
    )[1];
    // Who, Invoice, Period, Reason, Page.
    for (const column of [1, 2, 6, 7, 8]) expect(row?.[column]).toBe(`'${bad}`);
  });

  it('keeps commas, quotes and line breaks inside one cell', () => {
    const name = 'Feb, "final"\nrun';
    const row = cells(auditLogToCsv([record({ period: name, reason: name })]))[1];
    expect(row?.[6]).toBe(name);
    expect(row?.[7]).toBe(name);
  });

  it('writes only the header for an empty log', () => {
    expect(cells(auditLogToCsv([]))).toHaveLength(1);
  });
});
