import type { Period } from '../../../lib/calendar/model';
import type { InvoiceSnapshot } from '../../../lib/calendar/snapshot';
import { VERDICTS, type Verdict, type VerdictKind } from '../../../lib/calendar/verdict-types';
import { verdictExplanation } from '../../../lib/resolution/explanation';
import { verdictHeadline } from '../../../lib/resolution/headline';
import { reopenRequest } from '../../../lib/resolution/reopen-request';
import { resolutionSteps } from '../../../lib/resolution/steps';

type Variant = 'unsynced' | 'synced' | 'locked' | 'locked-synced';
const VARIANTS: Variant[] = ['unsynced', 'synced', 'locked', 'locked-synced'];

const unsynced: InvoiceSnapshot = { invoiceNumber: 'INV-1042', invoiceDate: '2026-09-15' };
const synced: InvoiceSnapshot = { ...unsynced, accountingReferenceId: 'SI-7781' };

function september(status: Period['status']): Period {
  return { name: 'September 2026', start: '2026-09-01', end: '2026-09-30', status };
}

/** A verdict of `kind` as verdictFor would shape it, with the period locked for the locked variants. */
function verdictOf(kind: VerdictKind, variant: Variant): Verdict {
  const locked = variant === 'locked' || variant === 'locked-synced';
  const base: Verdict = { kind, date: '2026-09-15', dateSource: 'invoice' };
  switch (kind) {
    case 'open':
      return { ...base, period: september('open') };
    case 'closing-soon':
      return {
        ...base,
        period: { ...september('open'), closesOn: '2026-10-05' },
        closesOn: '2026-10-05',
        daysUntilClose: 3,
      };
    case 'closed':
    case 'locked':
    case 'synced-closed':
      return {
        ...base,
        dateSource: kind === 'synced-closed' ? 'original' : 'invoice',
        period: september(kind === 'locked' || locked ? 'locked' : 'closed'),
        closedThrough: '2026-09-30',
        firstOpenDay: '2026-10-01',
      };
    case 'unreadable-date':
      return { kind };
    default:
      return base;
  }
}

function snapshotOf(variant: Variant): InvoiceSnapshot {
  return variant === 'synced' || variant === 'locked-synced' ? synced : unsynced;
}

const SYNCED_WAYS = ['adjust-in-intacct', 'mark-exported'];
const expected: Record<VerdictKind, Record<Variant, string[]>> = {
  open: { unsynced: [], synced: [], locked: [], 'locked-synced': [] },
  'closing-soon': {
    unsynced: ['export-before-close', 'move-date'],
    synced: ['export-before-close', 'adjust-in-intacct'],
    locked: ['export-before-close', 'move-date'],
    'locked-synced': ['export-before-close', 'adjust-in-intacct'],
  },
  closed: {
    unsynced: ['move-date', 'ask-reopen'],
    synced: [...SYNCED_WAYS, 'ask-reopen'],
    locked: ['move-date', 'wait-unlock'],
    'locked-synced': [...SYNCED_WAYS, 'wait-unlock'],
  },
  locked: {
    unsynced: ['move-date', 'wait-unlock'],
    synced: [...SYNCED_WAYS, 'wait-unlock'],
    locked: ['move-date', 'wait-unlock'],
    'locked-synced': [...SYNCED_WAYS, 'wait-unlock'],
  },
  'synced-closed': {
    // The verdict itself says synced: the date must never be moved, whatever the snapshot says.
    unsynced: [...SYNCED_WAYS, 'ask-reopen'],
    synced: [...SYNCED_WAYS, 'ask-reopen'],
    locked: [...SYNCED_WAYS, 'wait-unlock'],
    'locked-synced': [...SYNCED_WAYS, 'wait-unlock'],
  },
  'outside-calendar': Object.fromEntries(
    VARIANTS.map((v) => [v, ['extend-calendar', 'check-in-intacct']]),
  ) as Record<Variant, string[]>,
  'no-calendar': Object.fromEntries(
    VARIANTS.map((v) => [v, ['load-calendar', 'check-in-intacct']]),
  ) as Record<Variant, string[]>,
  'stale-calendar': Object.fromEntries(
    VARIANTS.map((v) => [v, ['refresh-calendar', 'tell-admin', 'check-in-intacct']]),
  ) as Record<Variant, string[]>,
  'unreadable-date': Object.fromEntries(
    VARIANTS.map((v) => [v, ['check-date-field', 'check-date-settings', 'check-in-intacct']]),
  ) as Record<Variant, string[]>,
};

const table = VERDICTS.flatMap((kind) => VARIANTS.map((variant) => [kind, variant] as const));

describe('resolutionSteps', () => {
  it.each(table)('%s × %s gives the ranked steps', (kind, variant) => {
    const steps = resolutionSteps(verdictOf(kind, variant), snapshotOf(variant));
    expect(steps.map((s) => s.id)).toEqual(expected[kind][variant]);
    for (const step of steps) {
      expect(step.title).not.toBe('');
      expect(step.detail).not.toBe('');
    }
  });

  it.each(table)('%s × %s never offers moving the date of a synced invoice', (kind, variant) => {
    const steps = resolutionSteps(verdictOf(kind, variant), snapshotOf(variant));
    const isSynced =
      kind === 'synced-closed' || variant === 'synced' || variant === 'locked-synced';
    if (isSynced) expect(steps.map((s) => s.id)).not.toContain('move-date');
  });

  it.each(table)('%s × %s never offers reopening a locked period as possible', (kind, variant) => {
    const verdict = verdictOf(kind, variant);
    const steps = resolutionSteps(verdict, snapshotOf(variant));
    if (verdict.period?.status === 'locked' || kind === 'locked') {
      expect(steps.find((s) => s.id === 'ask-reopen')).toBeUndefined();
      const unlock = steps.find((s) => s.id === 'wait-unlock');
      expect(unlock?.possible).toBe(false);
      expect(unlock?.detail).toMatch(/unlock it first/);
    }
    // Reopening, when offered, is the last resort: nothing ranks after it.
    const reopenAt = steps.findIndex((s) => s.id === 'ask-reopen' || s.id === 'wait-unlock');
    if (reopenAt >= 0) expect(reopenAt).toBe(steps.length - 1);
  });

  it('gives the first open day with the move-date step, in words and as a date to copy', () => {
    const [move] = resolutionSteps(verdictOf('closed', 'unsynced'), unsynced);
    expect(move).toMatchObject({ id: 'move-date', date: '2026-10-01', possible: true });
    expect(move?.title).toBe('Move the invoice date to October 1, 2026');
  });

  it('names the Posting Date as the field to move when Intacct judges the posting date', () => {
    const verdict = { ...verdictOf('closed', 'unsynced'), dateSource: 'posting' as const };
    const [move] = resolutionSteps(verdict, unsynced);
    expect(move?.title).toBe('Move the posting date to October 1, 2026');
    expect(move?.detail).toContain('Change the Posting Date in BuildOps');
  });

  it('treats a plain closed verdict on a synced invoice as synced (never move its date)', () => {
    const steps = resolutionSteps({ kind: 'closed', date: '2026-09-15' }, synced);
    expect(steps[0]?.id).toBe('adjust-in-intacct');
    expect(steps[0]?.detail).toContain('SI-7781');
  });

  it('still suggests moving the date when the calendar knows no open day, without a date', () => {
    const [move] = resolutionSteps({ kind: 'closed', date: '2026-09-15' }, unsynced);
    expect(move?.id).toBe('move-date');
    expect(move?.date).toBeUndefined();
  });

  it('suggests the day after the closing period for an invoice that will miss the close', () => {
    const steps = resolutionSteps(verdictOf('closing-soon', 'unsynced'), unsynced);
    expect(steps[0]?.title).toBe('Export now, before October 5, 2026');
    expect(steps[1]).toMatchObject({ id: 'move-date', date: '2026-10-01' });
  });

  it('shows the unreadable text in the date-field step, or says none was found', () => {
    const shown = resolutionSteps(
      { kind: 'unreadable-date' },
      { invoiceDate: null, invoiceDateText: '13/45/2026' },
    );
    expect(shown[0]?.detail).toContain('“13/45/2026”');
    const none = resolutionSteps({ kind: 'unreadable-date' }, null);
    expect(none[0]?.detail).toMatch(/found no invoice date/);
  });
});

describe('reopenRequest', () => {
  it.each([
    'open',
    'closing-soon',
    'outside-calendar',
    'no-calendar',
    'stale-calendar',
    'unreadable-date',
  ] as const)('has nothing to ask for a %s verdict', (kind) => {
    expect(reopenRequest(verdictOf(kind, 'unsynced'), unsynced)).toBeNull();
  });

  it('names the invoice, date, period, module, reason and asks to close again', () => {
    const text = reopenRequest(verdictOf('closed', 'unsynced'), unsynced) ?? '';
    expect(text).toContain('Invoice: INV-1042');
    expect(text).toContain('Invoice date: September 15, 2026 (09/15/2026)');
    expect(text).toContain('Period: September 2026 (September 1 – September 30, 2026), closed');
    expect(text).toContain('Books closed through: September 30, 2026');
    expect(text).toContain('Module: Accounts Receivable (AR)');
    expect(text).toContain('Periods are closed');
    expect(text).toContain('can be exported from BuildOps');
    expect(text).toContain('please close the period again.');
    expect(text).toContain('this invoice has to keep its date in that period');
    expect(text).not.toMatch(/not suitable/); // the user asks; the request does not judge
    expect(text).not.toMatch(/lock/i);
  });

  it('mentions unlocking and locking again for a locked period', () => {
    const text = reopenRequest(verdictOf('locked', 'unsynced'), unsynced) ?? '';
    expect(text).toContain('closed and locked');
    expect(text).toContain('unlocked before it can be reopened');
    expect(text).toContain('close the period again and lock it again');
  });

  it('asks for a re-sync of a synced invoice and gives its reference and original date', () => {
    const text = reopenRequest(verdictOf('synced-closed', 'synced'), synced) ?? '';
    expect(text).toContain('can be re-synced from BuildOps');
    expect(text).toContain('Accounting Reference ID: SI-7781');
    expect(text).toContain('Original date: September 15, 2026');
    expect(text).toContain('judges any change by its original date');
  });

  it('names the General Ledger when the closed period row is a GL period', () => {
    const verdict = verdictOf('closed', 'unsynced');
    const gl = { ...verdict, period: { ...september('closed'), module: 'GL' as const } };
    expect(reopenRequest(gl, unsynced)).toContain('Module: General Ledger (GL), which also closes');
  });

  it('still reads well without an invoice number or a named period', () => {
    const text = reopenRequest({ kind: 'closed', date: '2026-09-15' }, null) ?? '';
    expect(text).toContain('Invoice: (number not shown on the page)');
    expect(text).toContain('reopen the books for September 15, 2026 in Sage Intacct');
    expect(text).not.toMatch(/holding|Period: /);
  });
});

describe('a date closed by the closed-through date alone, with no named period', () => {
  const verdict = {
    kind: 'closed' as const,
    date: '2026-02-15',
    closedThrough: '2026-03-31',
    firstOpenDay: '2026-04-01',
  };

  it('reads like a person wrote it, in every text', () => {
    const texts = [
      verdictExplanation(verdict, null),
      ...resolutionSteps(verdict, null).map((s) => `${s.title} ${s.detail}`),
      reopenRequest(verdict, null) ?? '',
      verdictExplanation({ ...verdict, kind: 'synced-closed' }, null),
      ...resolutionSteps({ ...verdict, kind: 'synced-closed' }, null).map((s) => s.detail),
    ];
    for (const text of texts) expect(text).not.toMatch(/period holding|holding February/);
    expect(verdictExplanation(verdict, null)).toBe(
      'The invoice date, February 15, 2026, is on or before March 31, 2026, the day the books are closed through. Intacct refuses transactions dated in a closed period. The first open day is April 1, 2026.',
    );
    expect(resolutionSteps(verdict, null).map((s) => s.title)).toContain(
      'Last resort: ask the Intacct admin to reopen the books for February 15, 2026',
    );
    expect(verdictExplanation({ ...verdict, kind: 'synced-closed' }, null)).toContain(
      'Intacct judges any change by its original date, February 15, 2026, now in a closed period',
    );
  });
});

describe('verdictHeadline and verdictExplanation', () => {
  it.each(table)('%s × %s reads as sentences with long dates, never ISO', (kind, variant) => {
    const verdict = verdictOf(kind, variant);
    const headline = verdictHeadline(verdict);
    const explanation = verdictExplanation(verdict, snapshotOf(variant));
    expect(headline.length).toBeGreaterThan(10);
    expect(explanation).toMatch(/\.$/);
    expect(`${headline} ${explanation}`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    if (verdict.date && kind !== 'unreadable-date')
      expect(explanation).toContain('September 15, 2026');
  });

  it.each(['outside-calendar', 'no-calendar', 'stale-calendar', 'unreadable-date'] as const)(
    'says plainly that a %s verdict cannot verify',
    (kind) => {
      expect(verdictHeadline({ kind })).toMatch(/cannot verify/);
    },
  );

  it('counts down to the close day', () => {
    expect(verdictHeadline({ kind: 'closing-soon', daysUntilClose: 0 })).toContain('closes today');
    expect(verdictHeadline({ kind: 'closing-soon', daysUntilClose: 1 })).toContain(
      'closes tomorrow',
    );
    expect(verdictHeadline({ kind: 'closing-soon', daysUntilClose: 4 })).toContain(
      'closes in 4 days',
    );
  });

  it('explains a closed date with its period, closed-through day and first open day', () => {
    expect(verdictExplanation(verdictOf('closed', 'unsynced'), unsynced)).toBe(
      'The invoice date, September 15, 2026, is in September 2026, a closed period. Intacct refuses transactions dated in a closed period. The books are closed through September 30, 2026. The first open day is October 1, 2026.',
    );
  });

  it('explains a synced invoice by its reference and original date', () => {
    const text = verdictExplanation(verdictOf('synced-closed', 'synced'), synced);
    expect(text).toContain('Accounting Reference ID SI-7781');
    expect(text).toContain('its original date, September 15, 2026');
    expect(text).toContain('by hand in Intacct');
  });

  it('says when no invoice was found at all', () => {
    expect(verdictExplanation({ kind: 'unreadable-date' }, null)).toMatch(/No invoice was found/);
  });
});
