export declare const SCREENSHOT_DIR: string;
export declare const DEMO_USAGE: string;
export interface DemoOptions {
  help: boolean;
  page: string;
  /** Absolute path of the PNG to save, or null to open a visible browser. */
  screenshot: string | null;
  dialog: boolean;
}
export declare function demoOptions(argv: readonly string[], root: string): DemoOptions;
