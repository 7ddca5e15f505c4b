// What `npm run demo -- …` asks for. Flags and positionals are told apart by node:util's
// parseArgs, so `--screenshot --dialog` is two flags, never a file called "--dialog".

import { extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';

/** Where screenshots go unless a file is named: under .output/, which git ignores. */
export const SCREENSHOT_DIR = '.output/screenshots';

export const DEMO_USAGE =
  'npm run demo -- [PAGE.html] [--screenshot [FILE.png]] [--dialog]\n' +
  `  PAGE.html     fixture page to open (default label-for.html)\n` +
  `  --screenshot  headless: save a PNG (default ${SCREENSHOT_DIR}/period-guard[-dialog].png)\n` +
  '  --dialog      with --screenshot: click Export first and capture the dialog\n' +
  '  --out FILE    where to save the screenshot (same as a FILE.png positional)';

/**
 * The demo's options from its arguments (`process.argv.slice(2)`), with paths resolved
 * against `root`. Throws a message with the usage for anything it does not know.
 */
export function demoOptions(argv, root) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        screenshot: { type: 'boolean', default: false },
        dialog: { type: 'boolean', default: false },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new Error(`${error.message}\n\n${DEMO_USAGE}`);
  }
  const { values, positionals } = parsed;
  const pages = positionals.filter((arg) => extname(arg) === '.html');
  const images = positionals.filter((arg) => extname(arg) === '.png');
  const unknown = positionals.filter((arg) => !pages.includes(arg) && !images.includes(arg));
  if (unknown.length > 0 || pages.length > 1 || images.length + (values.out ? 1 : 0) > 1) {
    throw new Error(
      `cannot tell what "${[...unknown, ...pages.slice(1), ...images].join(' ')}" is for\n\n${DEMO_USAGE}`,
    );
  }
  const named = values.out ?? images[0];
  if (named !== undefined && !values.screenshot) {
    throw new Error(`"${named}" is a screenshot file: add --screenshot\n\n${DEMO_USAGE}`);
  }
  if (values.dialog && !values.screenshot) {
    throw new Error(`--dialog goes with --screenshot\n\n${DEMO_USAGE}`);
  }
  const fallback = `${SCREENSHOT_DIR}/period-guard${values.dialog ? '-dialog' : ''}.png`;
  return {
    help: values.help,
    page: pages[0] ?? 'label-for.html',
    screenshot: values.screenshot ? resolve(root, named ?? fallback) : null,
    dialog: values.dialog,
  };
}
