/**
 * Shared markup of the fixture pages: a page says `<!-- include: harness/toolbar.html -->` and
 * gets that file's markup in its place. The e2e fixture server and `npm run demo` expand it
 * when they serve a page, and tests/support/host-pages.ts when a unit test reads one, so all see
 * the same document. Plain JavaScript (types in the .d.mts) so the demo script can import it.
 */
const INCLUDE = /<!-- include: (harness\/[\w-]+\.html) -->/g;

/**
 * `html` with every include line replaced by the file it names (read relative to the fixtures).
 * @param {string} html
 * @param {(relativePath: string) => string} read
 * @returns {string}
 */
export function expandIncludes(html, read) {
  return html.replace(INCLUDE, (_, path) => read(path).trimEnd());
}
