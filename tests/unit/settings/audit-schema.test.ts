import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AUDIT_LOG_BUDGET_BYTES, capAuditLog, jsonBytes } from '../../../lib/settings/audit-cap';
import {
  type AuditRecord,
  appendToAuditLog,
  auditRecordSchema,
} from '../../../lib/settings/audit-schema';
import { createAuditStore } from '../../../lib/settings/stores';

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
    ['a name longer than a name', { who: 'x'.repeat(101) }],
    ['a reason longer than a few sentences', { reason: 'x'.repeat(501) }],
    ['no unverified invoices', { unverified: 0 }],
    ['a part of an invoice', { unverified: 1.5 }],
  ])('refuses %s', (_, change) => {
    expect(auditRecordSchema.safeParse({ ...record('a'), ...change }).success).toBe(false);
  });

  it("keeps how many of a bulk export's selected invoices went out unchecked", () => {
    const unchecked = {
      id: 'u',
      at: '2026-03-02T09:30:00Z',
      verdict: 'unreadable-date',
      unverified: 1988,
    };
    expect(auditRecordSchema.parse(unchecked)).toEqual(unchecked);
  });

  it('keeps who chose Export anyway and why', () => {
    const withWhoAndWhy = {
      ...record('a'),
      who: 'Dana Reyes',
      reason: 'Approved by the controller',
    };
    expect(auditRecordSchema.parse(withWhoAndWhy)).toEqual(withWhoAndWhy);
  });
});

describe('an audit log stored before names and reasons were kept', () => {
  beforeEach(() => fakeBrowser.reset());

  it('still loads, its records without who or why, and takes new records with them', async () => {
    // Exactly as an earlier version stored it: no `who`, no `reason`, storage version 1.
    const stored = [
      record('old-1'),
      { id: 'old-2', at: '2026-03-01T08:00:00Z', verdict: 'locked' },
    ];
    await fakeBrowser.storage.local.set({ auditLog: stored, auditLog$: { v: 1 } });
    const audit = createAuditStore();
    await audit.whenReady;
    expect(audit.getState()).toMatchObject({ status: 'ok', records: stored });
    await audit.getState().append({ verdict: 'closed', who: 'Dana Reyes', reason: 'Approved' });
    const records = audit.getState().records;
    expect(records.slice(0, 2)).toEqual(stored);
    expect(records[2]).toMatchObject({ who: 'Dana Reyes', reason: 'Approved' });
    audit.dispose();
  });
});

describe('appendToAuditLog', () => {
  it('appends at the end without touching the input', () => {
    const log = [record('a')];
    expect(appendToAuditLog(log, record('b')).map((r) => r.id)).toEqual(['a', 'b']);
    expect(log).toHaveLength(1);
  });

  it('keeps 5,000 overrides with long page addresses under the byte budget, newest last', () => {
    // The longest address the schema allows: 5,000 of these are some 11 MB, past the whole
    // storage quota, which would block every later write, the calendar's too.
    const long = (id: string): AuditRecord => ({
      ...record(id),
      url: `https://acme.buildops.com/invoices/${'x'.repeat(2_000 - 36)}`,
    });
    const old = Array.from({ length: 4_999 }, (_, i) => long(String(i)));
    const log = appendToAuditLog(old, long('4999'));
    expect(jsonBytes(log)).toBeLessThanOrEqual(AUDIT_LOG_BUDGET_BYTES);
    // Oldest rotated out, newest kept, none skipped in between.
    expect(log.at(-1)?.id).toBe('4999');
    const first = Number(log[0]?.id);
    expect(first).toBeGreaterThan(0);
    expect(log.map((r) => r.id)).toEqual(
      Array.from({ length: 5_000 - first }, (_, i) => String(first + i)),
    );
    // Full: one more record would not fit.
    expect(jsonBytes([long('older'), ...log])).toBeGreaterThan(AUDIT_LOG_BUDGET_BYTES);
  });

  it('keeps a log under the budget whole, however many records it has', () => {
    const small = Array.from(
      { length: 6_000 },
      (_, i) => ({ id: String(i), at: record('a').at, verdict: 'closed' }) as const,
    );
    expect(jsonBytes(small)).toBeLessThan(AUDIT_LOG_BUDGET_BYTES);
    expect(appendToAuditLog(small, record('new'))).toHaveLength(6_001);
  });

  it('counts bytes, not characters', () => {
    const wide = { ...record('a'), period: 'März ÄÖÜ'.repeat(10) };
    const exact = jsonBytes([wide, wide]);
    expect(exact).toBeGreaterThan(JSON.stringify([wide, wide]).length);
    expect(capAuditLog([wide, wide], exact)).toHaveLength(2);
    expect(capAuditLog([wide, wide], exact - 1)).toHaveLength(1);
  });

  it('trims a log that was already over the budget, and always keeps the newest record', () => {
    const log = Array.from({ length: 10 }, (_, i) => record(String(i)));
    expect(capAuditLog(log, 3 * jsonBytes(record('0')) + 4).map((r) => r.id)).toEqual([
      '7',
      '8',
      '9',
    ]);
    expect(capAuditLog(log, 10).map((r) => r.id)).toEqual(['9']);
  });
});
