import { badgeFor } from '../../../lib/badge/badge-for';
import { VERDICTS } from '../../../lib/calendar/verdict-types';

describe('badgeFor', () => {
  it('stays quiet for an open period and for pages without an invoice', () => {
    expect(badgeFor('open').text).toBe('');
    expect(badgeFor(null).text).toBe('');
  });

  it.each(['closed', 'locked', 'synced-closed'] as const)('says STOP for %s', (verdict) => {
    expect(badgeFor(verdict).text).toBe('STOP');
  });

  it.each(['outside-calendar', 'no-calendar', 'stale-calendar', 'unreadable-date'] as const)(
    'admits it cannot verify for %s',
    (verdict) => {
      expect(badgeFor(verdict).text).toBe('?');
    },
  );

  it('gives every verdict a title that names Period Guard', () => {
    for (const verdict of VERDICTS) expect(badgeFor(verdict).title).toMatch(/^Period Guard/);
  });
});
