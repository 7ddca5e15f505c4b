/**
 * The environment a browser is launched with. `TZ` is how tests put the whole browser (page
 * clocks, `Intl`, the extension) in another time zone, to prove no zone moves a verdict's day.
 */
export function launchEnv(
  timeZone?: string,
  extra: Record<string, string> = {},
): Record<string, string | undefined> {
  const env = { ...process.env, ...extra };
  return timeZone === undefined ? env : { ...env, TZ: timeZone };
}

/** Options both launchers accept. */
export interface LaunchOptions {
  /** IANA zone such as `Pacific/Kiritimati`; the machine's zone when absent. */
  timeZone?: string;
  /**
   * More environment for the browser, e.g. `HOME` to point Firefox at a per-test
   * `~/.mozilla/managed-storage/` (enterprise policy without root).
   */
  env?: Record<string, string>;
  /**
   * Chromium only: the program to start instead of /usr/bin/chromium, e.g. a wrapper that
   * mounts a test policy directory over /etc/chromium (support/chromium-policy.ts).
   */
  executablePath?: string;
  /**
   * Chromium only: a profile folder to start with, kept on close (the caller deletes it), so a
   * test can close the browser and start it again on the same install. A fresh temporary one
   * deleted on close when absent.
   */
  profileDir?: string;
}
