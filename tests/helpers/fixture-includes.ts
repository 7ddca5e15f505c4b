/**
 * Shared markup of the fixture pages: a page says `<!-- include: harness/toolbar.html -->` and
 * gets that file's markup in its place. The fixture server expands it when it serves a page and
 * tests/helpers/fixtures.ts when a unit test reads one, so both see the same document.
 */
const INCLUDE = /<!-- include: (harness\/[\w-]+\.html) -->/g;

/** `html` with every include line replaced by the file it names (read relative to the fixtures). */
export function expandIncludes(html: string, read: (relativePath: string) => string): string {
  return html.replace(INCLUDE, (_, path: string) => read(path).trimEnd());
}
