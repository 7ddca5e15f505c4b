// The floor of the bench (`npm run bench -- --floor`): a content script that runs and does
// nothing else, so the figures show what Chromium charges a page for any extension's content
// script (an isolated world, injection, the extension bindings) before it does any work. It
// marks the page the way the guard does (lib/guard/page-claim.ts), so the bench can tell that
// it ran.
document.documentElement.setAttribute('data-period-guard', 'floor');
