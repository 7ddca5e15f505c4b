/**
 * The content script shares BuildOps' page and its download: there the overlay renders with
 * Preact's React-compatible build (~5 KB gzip instead of React's ~68 KB). The popup and the
 * settings page keep React itself. One list for both the content-script build (wxt.config.ts)
 * and the overlay's component tests (vitest.config.ts), so the tests render what ships.
 */
export const PREACT_FOR_REACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react$/, replacement: 'preact/compat' },
];
