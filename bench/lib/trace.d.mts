/** Types for trace.mjs's pure part, so TypeScript tests can import it. */
type TraceEvent = Record<string, unknown>;
export function forcedByExtension(events: TraceEvent[], extensionOrigin?: string): number;
export function attributeLongTasks(
  events: TraceEvent[],
  extensionOrigin?: string,
): {
  longTasks: { ms: number; wallMs: number; extensionMs: number; fromExtension: boolean }[];
  wallLongTasks: number;
  extensionScriptMs: number;
  forcedLayouts: number;
};
