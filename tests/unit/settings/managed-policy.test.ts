import { readFileSync } from 'node:fs';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as z from 'zod/mini';
import {
  createManagedPolicyStore,
  effectiveSettings,
  type ManagedArea,
  managedFlags,
  policyCalendar,
  readManagedPolicy,
} from '../../../lib/settings/managed';
import {
  managedPolicyShape,
  POLICY_KEYS,
  parseManagedPolicy,
} from '../../../lib/settings/managed-policy-schema';
import { storedPolicyMemory } from '../../../lib/settings/policy-memory';
import { defaultSettings, type Settings } from '../../../lib/settings/settings-schema';
import { good, goodCalendar, invalid } from '../../fixtures/remote/team-calendars';

const production = { allowLocalHttp: false };
const e2e = { allowLocalHttp: true };
const POLICY_URL = 'https://finance.example.com/periods.json';

/** What an admin would push: every key, valid. */
const fullPolicy = {
  calendarUrl: POLICY_URL,
  refreshMinutes: 30,
  maxAgeHours: 12,
  mode: 'block',
  closingSoonDays: 3,
  invoiceDateLabels: ['Invoice Date', 'Rechnungsdatum'],
  postingDateLabels: ['GL Date'],
  exportWords: ['Sync to Intacct'],
  dayFirst: true,
  userName: 'Dana Reyes',
  requireOverrideReason: true,
  lockedSettings: ['calendar'],
};

const managedArea = () => fakeBrowser.storage.managed as unknown as ManagedArea;
/** Firefox without a policy manifest: every read throws. */
const firefoxWithoutPolicy = (): ManagedArea => ({
  get: () => Promise.reject(new Error('Managed storage manifest not found')),
});

beforeEach(() => {
  fakeBrowser.reset();
});

describe('parseManagedPolicy', () => {
  it('keeps every valid key', () => {
    const { policy, problems } = parseManagedPolicy(fullPolicy, production);
    expect(problems).toEqual([]);
    expect(policy).toEqual(fullPolicy);
  });

  it('drops a bad value with a problem and keeps the rest of the policy', () => {
    const { policy, problems } = parseManagedPolicy(
      { mode: 'block', closingSoonDays: 600, exportWords: [], refreshMinutes: '60' },
      production,
    );
    expect(policy).toEqual({ mode: 'block' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/^closingSoonDays: .*; ignored\.$/m);
    expect(problems.join('\n')).toMatch(/^exportWords: needs at least one entry; ignored\.$/m);
  });

  it('accepts an empty posting-date label list (judge by the invoice date), not an empty invoice-date one', () => {
    const { policy, problems } = parseManagedPolicy(
      { postingDateLabels: [], invoiceDateLabels: [] },
      production,
    );
    expect(policy).toEqual({ postingDateLabels: [] });
    expect(problems).toEqual([
      expect.stringMatching(/^invoiceDateLabels: needs at least one entry/),
    ]);
  });

  it('refuses a plain-http calendar URL in production, allows local http in e2e', () => {
    const local = { calendarUrl: 'http://127.0.0.1:9000/cal.json' };
    expect(parseManagedPolicy(local, production).policy).toEqual({});
    expect(parseManagedPolicy(local, production).problems[0]).toMatch(
      /^calendarUrl: The address must start with https:\/\//,
    );
    expect(parseManagedPolicy(local, e2e).policy).toEqual({
      calendarUrl: 'http://127.0.0.1:9000/cal.json',
    });
  });

  it('reads an inline calendar given as an object or as JSON text, validated like a file', () => {
    expect(parseManagedPolicy({ inlineCalendar: good }, production).policy.inlineCalendar).toEqual(
      good,
    );
    expect(
      parseManagedPolicy({ inlineCalendar: JSON.stringify(good) }, production).policy
        .inlineCalendar,
    ).toEqual(good);
    const bad = parseManagedPolicy({ inlineCalendar: invalid }, production);
    expect(bad.policy).toEqual({});
    expect(bad.problems).toEqual(['inlineCalendar: periods[0].end: end is before start; ignored.']);
  });

  it('keeps the known names of lockedSettings and reports the others', () => {
    const { policy, problems } = parseManagedPolicy(
      { lockedSettings: ['mode', 'theme', 'mode', 'source'] },
      production,
    );
    expect(policy.lockedSettings).toEqual(['mode', 'source']);
    expect(problems[0]).toMatch(/^lockedSettings: "theme" is not a setting name/);
  });

  it('reports keys it does not know (Firefox passes them through)', () => {
    const { policy, problems } = parseManagedPolicy({ blockExports: true }, production);
    expect(policy).toEqual({});
    expect(problems).toEqual(['blockExports: Period Guard has no such policy setting; ignored.']);
  });

  it('treats nothing as no policy and a non-object as a problem', () => {
    expect(parseManagedPolicy(undefined, production)).toEqual({ policy: {}, problems: [] });
    expect(parseManagedPolicy('block', production).problems).toHaveLength(1);
  });
});

describe('readManagedPolicy', () => {
  it('reads the policy from the managed area', async () => {
    await fakeBrowser.storage.managed.set({ mode: 'block', calendarUrl: POLICY_URL });
    expect(await readManagedPolicy(managedArea, production)).toEqual({
      status: 'ok',
      policy: { mode: 'block', calendarUrl: POLICY_URL },
      problems: [],
    });
  });

  it('says none for an empty area (Chromium without policy, or not loaded yet)', async () => {
    expect(await readManagedPolicy(managedArea, production)).toEqual({
      status: 'none',
      policy: {},
      problems: [],
    });
  });

  it('says none, without throwing, when Firefox has no policy manifest', async () => {
    expect(await readManagedPolicy(firefoxWithoutPolicy, production)).toEqual({
      status: 'none',
      policy: {},
      problems: [],
    });
  });

  it('says none when the browser has no managed area at all', async () => {
    expect((await readManagedPolicy(() => undefined, production)).status).toBe('none');
    const throwing = () => {
      throw new Error('storage.managed is not available here');
    };
    expect((await readManagedPolicy(throwing, production)).status).toBe('unavailable');
  });

  it('says unavailable, with a sentence, for any other failure', async () => {
    const broken = (): ManagedArea => ({ get: () => Promise.reject(new Error('IO error')) });
    const read = await readManagedPolicy(broken, production);
    expect(read.status).toBe('unavailable');
    expect(read.problems[0]).toMatch(/could not be read \(IO error\)/);
  });

  it('stops waiting for an area that never answers', async () => {
    vi.useFakeTimers();
    try {
      const silent = (): ManagedArea => ({ get: () => new Promise(() => {}) });
      const pending = readManagedPolicy(silent, production);
      await vi.advanceTimersByTimeAsync(10_001);
      expect((await pending).status).toBe('unavailable');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('createManagedPolicyStore', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('polls while the policy is empty and picks it up when it arrives late', async () => {
    vi.useFakeTimers();
    const store = createManagedPolicyStore({
      area: managedArea,
      urlPolicy: production,
      pollIntervalMs: 1_000,
      pollForMs: 15_000,
      onChanged: undefined, // as on first load: no change event tells us
    });
    await store.whenReady;
    expect(store.getState()).toMatchObject({ ready: true, status: 'none' });
    // The browser loads the policy a few seconds after install.
    await fakeBrowser.storage.managed.set({ mode: 'block' });
    await vi.advanceTimersByTimeAsync(3_000);
    expect(store.getState()).toMatchObject({ status: 'ok', policy: { mode: 'block' } });
    expect(store.getState().flags.mode).toBe(true);
    store.dispose();
  });

  it('reads again after waits of 1, 2, 4, 4, … intervals, and stops after pollForMs', async () => {
    vi.useFakeTimers();
    const readAt: number[] = [];
    const get = vi.fn(async () => {
      readAt.push(Date.now());
      return {};
    });
    const startedAt = Date.now();
    const store = createManagedPolicyStore({
      area: () => ({ get }),
      urlPolicy: production,
      pollIntervalMs: 1_000,
      pollForMs: 15_000,
      onChanged: undefined,
    });
    await store.whenReady;
    await vi.advanceTimersByTimeAsync(60_000);
    // At start, then 1, 3, 7, 11 and 15 s in: six reads in all, none after the window.
    expect(readAt.map((at) => at - startedAt)).toEqual([0, 1_000, 3_000, 7_000, 11_000, 15_000]);
    store.dispose();
  });

  it('follows policy changes announced by storage.onChanged (Chromium)', async () => {
    const store = createManagedPolicyStore({
      area: managedArea,
      urlPolicy: production,
      pollForMs: 0,
    });
    await store.whenReady;
    await fakeBrowser.storage.managed.set({ closingSoonDays: 9 });
    await vi.waitFor(() => expect(store.getState().policy).toEqual({ closingSoonDays: 9 }));
    store.dispose();
  });

  it('is ready with no policy when Firefox throws', async () => {
    const store = createManagedPolicyStore({
      area: firefoxWithoutPolicy,
      urlPolicy: production,
      pollForMs: 0,
    });
    await store.whenReady;
    expect(store.getState()).toMatchObject({ ready: true, status: 'none', policy: {} });
    store.dispose();
  });
});

describe('createManagedPolicyStore with the policy kept from the last start', () => {
  /** Chromium's first read of a browser session: no answer until the test gives one. */
  function slowArea() {
    let answer: (raw: Record<string, unknown>) => void = () => {};
    const area = (): ManagedArea => ({
      get: () =>
        new Promise((resolve) => {
          answer = resolve;
        }),
    });
    return { area, answer: (raw: Record<string, unknown>) => answer(raw) };
  }

  it('is ready with the kept policy before the browser answers', async () => {
    const { area } = slowArea();
    const store = createManagedPolicyStore({
      area,
      urlPolicy: production,
      pollForMs: 0,
      onChanged: undefined,
      memory: { recall: async () => ({ mode: 'block', closingSoonDays: 600 }) },
    });
    await store.whenReady;
    // Validated as a fresh read is: the bad value is dropped and said.
    expect(store.getState()).toMatchObject({
      ready: true,
      status: 'ok',
      policy: { mode: 'block' },
    });
    expect(store.getState().problems).toHaveLength(1);
    store.dispose();
  });

  it('is ready with no policy when none was kept but an earlier start found none', async () => {
    const { area } = slowArea();
    const store = createManagedPolicyStore({
      area,
      urlPolicy: production,
      pollForMs: 0,
      onChanged: undefined,
      memory: { recall: async () => ({}) },
    });
    await store.whenReady;
    expect(store.getState()).toMatchObject({ ready: true, status: 'none', policy: {} });
    store.dispose();
  });

  it('waits for the browser when nothing was kept (a fresh install)', async () => {
    const { area, answer } = slowArea();
    let ready = false;
    const store = createManagedPolicyStore({
      area,
      urlPolicy: production,
      pollForMs: 0,
      onChanged: undefined,
      memory: { recall: async () => null },
    });
    void store.whenReady.then(() => {
      ready = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ready).toBe(false);
    expect(store.getState().ready).toBe(false);
    answer({});
    await store.whenReady;
    expect(store.getState()).toMatchObject({ ready: true, status: 'none' });
    store.dispose();
  });

  it('puts the browser’s answer in force over the kept copy when it comes', async () => {
    const { area, answer } = slowArea();
    const store = createManagedPolicyStore({
      area,
      urlPolicy: production,
      pollForMs: 0,
      onChanged: undefined,
      memory: { recall: async () => ({}) },
    });
    await store.whenReady;
    expect(store.getState().policy).toEqual({});
    // The admin set block mode while the browser was closed.
    answer({ mode: 'block' });
    await vi.waitFor(() => expect(store.getState().policy).toEqual({ mode: 'block' }));
    store.dispose();
  });

  it('keeps what the browser answered for the next start, and not a failure to answer', async () => {
    const kept: unknown[] = [];
    const keep = async (raw: Record<string, unknown>) => {
      kept.push(raw);
    };
    await fakeBrowser.storage.managed.set({ mode: 'block' });
    const store = createManagedPolicyStore({
      area: managedArea,
      urlPolicy: production,
      pollForMs: 0,
      memory: { recall: async () => null, keep },
    });
    await store.whenReady;
    await vi.waitFor(() => expect(kept).toEqual([{ mode: 'block' }]));
    store.dispose();

    const broken = createManagedPolicyStore({
      area: () => ({ get: () => Promise.reject(new Error('IO error')) }),
      urlPolicy: production,
      pollForMs: 0,
      memory: { recall: async () => null, keep },
    });
    await broken.whenReady;
    expect(broken.getState().status).toBe('unavailable');
    expect(kept).toHaveLength(1);
    broken.dispose();
  });
});

describe('storedPolicyMemory', () => {
  it('recalls what the background kept, and nothing before it kept anything', async () => {
    const background = storedPolicyMemory({ keeps: true });
    const tab = storedPolicyMemory({ keeps: false });
    expect(tab.keep).toBeUndefined();
    expect(await tab.recall()).toBeNull();
    await background.keep?.({ mode: 'block' });
    expect(await tab.recall()).toEqual({ mode: 'block' });
  });

  it('recalls nothing from a value that is not a policy object', async () => {
    await fakeBrowser.storage.local.set({ lastPolicy: 'block' });
    expect(await storedPolicyMemory({ keeps: false }).recall()).toBeNull();
  });
});

describe('effectiveSettings', () => {
  const user: Settings = {
    ...defaultSettings(),
    mode: 'warn',
    closingSoonDays: 7,
    source: {
      kind: 'url',
      url: 'https://mine.example.com/c.json',
      refreshMinutes: 120,
      maxAgeHours: 48,
      timeoutSeconds: 5,
    },
  };

  it('is the user settings when there is no policy', () => {
    expect(effectiveSettings(user, {})).toEqual(user);
  });

  it('lets every value the policy sets win', () => {
    const { policy } = parseManagedPolicy(fullPolicy, production);
    expect(effectiveSettings(user, policy)).toEqual({
      ...user,
      mode: 'block',
      closingSoonDays: 3,
      invoiceDateLabels: ['Invoice Date', 'Rechnungsdatum'],
      postingDateLabels: ['GL Date'],
      exportWords: ['Sync to Intacct'],
      dayFirst: true,
      userName: 'Dana Reyes',
      requireOverrideReason: true,
      source: {
        kind: 'url',
        url: POLICY_URL,
        refreshMinutes: 30,
        maxAgeHours: 12,
        timeoutSeconds: 5,
      },
    });
  });

  it('takes refresh and max age from the user, then the defaults, when the policy only sets a URL', () => {
    expect(effectiveSettings(user, { calendarUrl: POLICY_URL }).source).toMatchObject({
      url: POLICY_URL,
      refreshMinutes: 120,
      maxAgeHours: 48,
    });
    expect(effectiveSettings(defaultSettings(), { calendarUrl: POLICY_URL }).source).toEqual({
      kind: 'url',
      url: POLICY_URL,
      refreshMinutes: 60,
      maxAgeHours: 24,
    });
  });

  it('makes the source manual for an inline calendar, which becomes the calendar in use', () => {
    const policy = { inlineCalendar: goodCalendar };
    expect(effectiveSettings(user, policy).source).toEqual({ kind: 'manual' });
    expect(policyCalendar(policy)).toEqual(good);
  });

  it('prefers the URL when a policy sets both URL and inline calendar', () => {
    const policy = { calendarUrl: POLICY_URL, inlineCalendar: goodCalendar };
    expect(effectiveSettings(user, policy).source).toMatchObject({ kind: 'url', url: POLICY_URL });
    expect(policyCalendar(policy)).toBeNull();
  });

  it('applies a policy refresh interval to the user’s own URL', () => {
    expect(effectiveSettings(user, { refreshMinutes: 15 }).source).toMatchObject({
      url: 'https://mine.example.com/c.json',
      refreshMinutes: 15,
    });
  });
});

describe('managedFlags', () => {
  it('marks nothing without a policy', () => {
    expect(Object.values(managedFlags({})).some(Boolean)).toBe(false);
  });

  it('marks what the policy sets, and source, calendar and timing for a policy URL', () => {
    const flags = managedFlags({ calendarUrl: POLICY_URL, mode: 'block' });
    expect(flags).toMatchObject({
      source: true,
      calendar: true,
      refreshMinutes: true,
      maxAgeHours: true,
      mode: true,
      closingSoonDays: false,
      exportWords: false,
    });
  });

  it('marks the name and the reason requirement managed when the policy sets them', () => {
    const flags = managedFlags({ userName: 'Dana Reyes', requireOverrideReason: false });
    expect(flags.userName).toBe(true);
    expect(flags.requireOverrideReason).toBe(true);
    expect(managedFlags({}).userName).toBe(false);
  });

  it('refuses an empty name and a reason requirement that is not true or false', () => {
    const { policy, problems } = parseManagedPolicy(
      { userName: '  ', requireOverrideReason: 'yes' },
      production,
    );
    expect(policy).toEqual({});
    expect(problems).toHaveLength(2);
  });

  it('marks what lockedSettings locks even where the policy sets no value', () => {
    const flags = managedFlags({ lockedSettings: ['exportWords', 'calendar'] });
    expect(flags.exportWords).toBe(true);
    expect(flags.calendar).toBe(true);
    expect(flags.source).toBe(false);
  });
});

describe('public/managed_schema.json', () => {
  const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));

  it('declares exactly the policy keys Period Guard reads', () => {
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual([...POLICY_KEYS].sort());
  });

  /** What Chrome's schema checks use, as zod would write it for the shape's schema of a key. */
  const CHECKED = ['type', 'enum', 'minimum', 'maximum'] as const;
  const checkedOf = (json: Record<string, unknown> | undefined) =>
    Object.fromEntries(
      CHECKED.filter((name) => json?.[name] !== undefined).map((name) => [name, json?.[name]]),
    );

  it.each(POLICY_KEYS)(
    'holds %s to the type, bounds and choices the policy shape accepts',
    (key) => {
      const fromShape = z.toJSONSchema(managedPolicyShape[key], {
        io: 'input',
        unrepresentable: 'any',
      }) as Record<string, unknown> & { items?: Record<string, unknown> };
      const declared = schema.properties[key];
      expect(typeof declared.title).toBe('string');
      expect(typeof declared.description).toBe('string');
      // The inline calendar's input is anything (JSON text or an object): checked below instead.
      if (key === 'inlineCalendar') return expect(declared.type).toBe('object');
      expect(checkedOf(declared)).toEqual(checkedOf(fromShape));
      expect(checkedOf(declared.items)).toEqual(checkedOf(fromShape.items));
    },
  );

  it('describes the whole calendar format, or Chrome would drop parts of an inline calendar', () => {
    const calendar = schema.properties.inlineCalendar;
    expect(Object.keys(calendar.properties).sort()).toEqual([
      'closedThrough',
      'entities',
      'periods',
      'version',
    ]);
    expect(Object.keys(calendar.properties.periods.items.properties).sort()).toEqual([
      'closesOn',
      'end',
      'module',
      'name',
      'start',
      'status',
    ]);
  });
});
