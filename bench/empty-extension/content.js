// The floor of the bench (`npm run bench -- --floor`): a content script that runs and does
// nothing else, so the figures show what Chromium charges a page for any extension's content
// script (an isolated world, injection, the extension bindings) before it does any work. It
// announces itself the way WXT's content scripts do, so the bench can tell that it ran.
window.postMessage({ type: 'bench-floor:content:wxt:content-script-started' }, '*');
