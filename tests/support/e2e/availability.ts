import { existsSync } from 'node:fs';
import { CHROMIUM_PATH, FIREFOX_PATH } from './paths';

/**
 * Whether a browser's real-browser tests are skipped. A developer without the browser gets a
 * skip (scripts/test.mjs says how to install it); under CI=true nothing is skipped, so a
 * missing browser fails the launch loudly instead of passing quietly.
 */
const onCi = process.env.CI === 'true';

export const skipChromium = !onCi && !existsSync(CHROMIUM_PATH);
export const skipFirefox = !onCi && !existsSync(FIREFOX_PATH);
