import { checkCalendarUrl } from '../../../lib/remote/url-policy';

const production = { allowLocalHttp: false };
const e2e = { allowLocalHttp: true };

describe('checkCalendarUrl', () => {
  it('accepts https and asks for that host only, on any port and path', () => {
    expect(
      checkCalendarUrl('  https://Finance.Example.com:8443/cal/periods.json#x ', production),
    ).toEqual({
      ok: true,
      url: 'https://finance.example.com:8443/cal/periods.json',
      permissionPattern: 'https://finance.example.com/*',
    });
  });

  it.each([
    ['', /Enter the address/],
    ['finance.example.com/periods.json', /not a web address/],
    [
      'http://finance.example.com/periods.json',
      /must start with https:\/\/ — a calendar fetched over plain http/,
    ],
    ['file:///C:/calendar.json', /must start with https/],
    ['https://me:pw@finance.example.com/p.json', /user name and password/],
  ])('refuses %j', (text, message) => {
    const checked = checkCalendarUrl(text, production);
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.message).toMatch(message);
  });

  it('allows http on localhost and 127.0.0.1 only in e2e builds', () => {
    expect(checkCalendarUrl('http://127.0.0.1:4000/c.json', e2e)).toMatchObject({
      ok: true,
      permissionPattern: 'http://127.0.0.1/*',
    });
    expect(checkCalendarUrl('http://localhost/c.json', e2e).ok).toBe(true);
    expect(checkCalendarUrl('http://127.0.0.1:4000/c.json', production).ok).toBe(false);
    expect(checkCalendarUrl('http://localhost.example.com/c.json', e2e).ok).toBe(false);
    expect(checkCalendarUrl('http://10.0.0.1/c.json', e2e).ok).toBe(false);
  });
});
