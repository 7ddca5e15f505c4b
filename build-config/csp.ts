/**
 * The Content Security Policy of the extension's own pages and background (popup, settings
 * page, service worker / event page): scripts only from the extension's files, no eval, no
 * plugins, no <base> tricks, no form posts, no framing of our pages, and network access
 * (`connect-src`) only to HTTPS, where the team calendar lives.
 *
 * Chrome and Firefox MV3 accept it as it is (checked in tests/e2e/csp.e2e.ts): both insist
 * on `script-src 'self'` (anything remote is refused), and both already forbid eval in MV3;
 * this policy tightens the rest of their defaults. `--mode e2e` builds may also reach the
 * test server on localhost over plain HTTP.
 */
export function extensionPagesCsp(mode: string): string {
  const connect = ["'self'", 'https:'];
  if (mode === 'e2e') connect.push('http://localhost:*', 'http://127.0.0.1:*');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "img-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
  ].join('; ');
}
