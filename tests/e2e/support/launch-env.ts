/**
 * The environment a browser is launched with. `TZ` is how tests put the whole browser (page
 * clocks, `Intl`, the extension) in another time zone, to prove no zone moves a verdict's day.
 */
export function launchEnv(timeZone?: string): Record<string, string | undefined> {
  return timeZone === undefined ? { ...process.env } : { ...process.env, TZ: timeZone };
}

/** Options both launchers accept. */
export interface LaunchOptions {
  /** IANA zone such as `Pacific/Kiritimati`; the machine's zone when absent. */
  timeZone?: string;
}
