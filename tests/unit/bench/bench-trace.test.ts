import { attributeLongTasks, forcedByExtension } from '../../../bench/lib/trace.mjs';

const EXT = 'chrome-extension://abc/content-scripts/buildops.js';
const frame = (url: string) => ({ url, functionName: 'f', lineNumber: 1, columnNumber: 1 });
const thread = { pid: 1, tid: 2 };

function event(name: string, ts: number, dur: number, args: Record<string, unknown> = {}) {
  return { name, ph: 'X', ts, dur, tts: ts, tdur: dur, ...thread, args };
}

const mainThread = { name: 'thread_name', ph: 'M', ...thread, args: { name: 'CrRendererMain' } };

describe('forcedByExtension', () => {
  it('counts layouts and style recalculations run with our script on the stack', () => {
    const events = [
      event('Layout', 0, 5, { beginData: { stackTrace: [frame(EXT)] } }),
      event('UpdateLayoutTree', 10, 5, {
        beginData: { stackTrace: [frame('http://127.0.0.1/app.js'), frame(EXT)] },
      }),
      // The page's own forced layout, and a layout the frame ran (no stack).
      event('Layout', 20, 5, { beginData: { stackTrace: [frame('http://127.0.0.1/app.js')] } }),
      event('Layout', 30, 5, { beginData: { dirtyObjects: 3 } }),
      event('FunctionCall', 40, 5, { data: { url: EXT } }),
    ];
    expect(forcedByExtension(events)).toBe(2);
  });
});

describe('attributeLongTasks', () => {
  it('blames a long task on the extension only when it would have been short without it', () => {
    const events = [
      mainThread,
      event('RunTask', 0, 60_000),
      event('FunctionCall', 1_000, 15_000, { data: { url: EXT } }),
      event('RunTask', 100_000, 80_000),
      event('FunctionCall', 101_000, 5_000, { data: { url: EXT } }),
    ];
    const attributed = attributeLongTasks(events);
    expect(attributed.longTasks.map((t) => t.fromExtension)).toEqual([true, false]);
    expect(attributed.extensionScriptMs).toBe(20);
    expect(attributed.forcedLayouts).toBe(0);
  });
});
