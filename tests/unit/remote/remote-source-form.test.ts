import { describeInstant } from '../../../lib/remote/describe-instant';
import { checkDraft, draftFrom } from '../../../lib/remote/source-form';

const production = { allowLocalHttp: false };
const draft = (change: Record<string, string> = {}) => ({
  url: 'https://finance.example.com/periods.json',
  refreshMinutes: '60',
  maxAgeHours: '24',
  timeoutSeconds: '20',
  ...change,
});

describe('draftFrom', () => {
  it('fills the form from a URL source, with the default timeout when none is saved', () => {
    expect(
      draftFrom({
        kind: 'url',
        url: 'https://a.example/c.json',
        refreshMinutes: 30,
        maxAgeHours: 12,
      }),
    ).toEqual({
      url: 'https://a.example/c.json',
      refreshMinutes: '30',
      maxAgeHours: '12',
      timeoutSeconds: '20',
    });
  });

  it('offers the defaults for a manual source', () => {
    expect(draftFrom({ kind: 'manual' })).toEqual({
      url: '',
      refreshMinutes: '60',
      maxAgeHours: '24',
      timeoutSeconds: '20',
    });
  });
});

describe('checkDraft', () => {
  it('turns a good form into a URL source and the one host to ask for', () => {
    expect(checkDraft(draft({ timeoutSeconds: ' 5 ' }), production)).toEqual({
      ok: true,
      permissionPattern: 'https://finance.example.com/*',
      source: {
        kind: 'url',
        url: 'https://finance.example.com/periods.json',
        refreshMinutes: 60,
        maxAgeHours: 24,
        timeoutSeconds: 5,
      },
    });
  });

  it.each([
    [{ url: 'http://finance.example.com/p.json' }, 'url'],
    [{ refreshMinutes: '14' }, 'refreshMinutes'],
    [{ refreshMinutes: '' }, 'refreshMinutes'],
    [{ maxAgeHours: '721' }, 'maxAgeHours'],
    [{ maxAgeHours: '1.5' }, 'maxAgeHours'],
    [{ timeoutSeconds: '0' }, 'timeoutSeconds'],
    [{ timeoutSeconds: 'ten' }, 'timeoutSeconds'],
  ])('%o is refused at %s', (change, field) => {
    expect(checkDraft(draft(change), production)).toMatchObject({ ok: false, field });
  });
});

describe('describeInstant', () => {
  const now = Date.parse('2026-05-10T12:00:00Z');

  it('says how long ago and how long until', () => {
    expect(describeInstant('2026-05-10T09:00:00Z', now)?.relative).toBe('3 hours ago');
    expect(describeInstant('2026-05-10T12:45:00Z', now)?.relative).toBe('in 45 minutes');
    expect(describeInstant('2026-05-10T11:59:30Z', now)?.relative).toBe('just now');
    expect(describeInstant('2026-05-10T12:00:30Z', now)?.relative).toBe('in less than a minute');
  });

  it('gives the moment in the user’s clock, and nothing for a bad value', () => {
    expect(describeInstant('2026-05-10T09:00:00Z', now)?.absolute).toMatch(
      /^May \d{1,2}, 2026, \d{1,2}:\d{2} (AM|PM)$/,
    );
    expect(describeInstant('soon', now)).toBeNull();
  });
});
