import { unexpectedRequests, type WatchedRequest } from '../../support/e2e/network-watch';

const request = (url: string): WatchedRequest => ({
  url,
  method: 'GET',
  resourceType: 'fetch',
  source: 'service-worker',
  from: 'chrome-extension://id/background.js',
});

describe('unexpectedRequests', () => {
  const seen = [
    'chrome-extension://id/chunks/options.js',
    'moz-extension://uuid/popup.html',
    'data:image/png;base64,AAAA',
    'http://127.0.0.1:4000/invoice.html',
    'http://127.0.0.1:4000/calendar.json?t=1',
    'https://www.google-analytics.com/collect',
    'http://127.0.0.1:4000/other.json',
  ].map(request);

  it('leaves out the extension’s own files and what the test allowed', () => {
    const allowed = ['http://127.0.0.1:4000/invoice.html', /\/calendar\.json\?/];
    expect(unexpectedRequests(seen, allowed).map((r) => r.url)).toEqual([
      'https://www.google-analytics.com/collect',
      'http://127.0.0.1:4000/other.json',
    ]);
  });

  it('takes prefixes ending in * and predicates', () => {
    const allowed = [
      'http://127.0.0.1:4000/*',
      (url: URL) => url.hostname.endsWith('.google-analytics.com'),
    ];
    expect(unexpectedRequests(seen, allowed)).toEqual([]);
  });
});
