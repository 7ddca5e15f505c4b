import { booksFor, effectiveClosedThrough } from '../../../lib/calendar/books';
import { arLater, company } from '../../fixtures/verdict-calendars';

describe('booksFor', () => {
  it('uses the company books for no entity and for an unknown one', () => {
    expect(booksFor(company)).toEqual({
      closedThrough: company.closedThrough,
      periods: company.periods,
    });
    expect(booksFor(company, 'Nowhere').entity).toBeUndefined();
  });

  it('takes the later closed-through day per module and the entity periods', () => {
    const west = booksFor(company, 'West');
    expect(west.closedThrough).toEqual({ AR: '2026-04-30', GL: '2026-01-31' });
    expect(west.periods.map((p) => p.name)).toEqual(['FY2026', 'FY2027']);
    expect(effectiveClosedThrough(booksFor(company, 'North').closedThrough)).toBe('2026-04-15');
  });

  it('lets GL alone bind GL and the later of AR and GL bind AR', () => {
    expect(effectiveClosedThrough(arLater.closedThrough, 'GL')).toBe('2026-01-31');
    expect(effectiveClosedThrough(arLater.closedThrough, 'AR')).toBe('2026-03-31');
    expect(effectiveClosedThrough({})).toBeUndefined();
  });
});
