import {
  AUDIT_LOG_LIMIT,
  type AuditRecord,
  appendToAuditLog,
  auditRecordSchema,
} from '../../lib/settings/audit-schema';

const record = (id: string): AuditRecord => ({
  id,
  at: '2026-03-02T09:30:00.000Z',
  invoiceNumber: 'INV-1042',
  date: '2026-02-27',
  verdict: 'closed',
  period: 'February 2026',
  url: 'https://acme.buildops.com/invoices/1042',
});

describe('auditRecordSchema', () => {
  it('accepts a full record and a minimal one', () => {
    expect(auditRecordSchema.safeParse(record('a')).success).toBe(true);
    expect(
      auditRecordSchema.safeParse({ id: 'b', at: '2026-03-02T09:30:00Z', verdict: 'no-calendar' })
        .success,
    ).toBe(true);
  });

  it.each([
    ['an unknown verdict', { verdict: 'fine' }],
    ['a date that is not yyyy-MM-dd', { date: '02/27/2026' }],
    ['a time that is not an instant', { at: '2026-03-02' }],
    ['an empty id', { id: '' }],
    ['an unknown field', { user: 'someone' }],
  ])('refuses %s', (_, change) => {
    expect(auditRecordSchema.safeParse({ ...record('a'), ...change }).success).toBe(false);
  });
});

describe('appendToAuditLog', () => {
  it('appends at the end without touching the input', () => {
    const log = [record('a')];
    expect(appendToAuditLog(log, record('b')).map((r) => r.id)).toEqual(['a', 'b']);
    expect(log).toHaveLength(1);
  });

  it(`drops the oldest beyond ${AUDIT_LOG_LIMIT}`, () => {
    const full = Array.from({ length: AUDIT_LOG_LIMIT }, (_, i) => record(String(i)));
    const next = appendToAuditLog(full, record('new'));
    expect(next).toHaveLength(AUDIT_LOG_LIMIT);
    expect(next[0]?.id).toBe('1');
    expect(next.at(-1)?.id).toBe('new');
  });

  it('trims a log that was already over the cap', () => {
    const over = Array.from({ length: AUDIT_LOG_LIMIT + 10 }, (_, i) => record(String(i)));
    expect(appendToAuditLog(over, record('new'))).toHaveLength(AUDIT_LOG_LIMIT);
  });
});
