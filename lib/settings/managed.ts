import { browser } from 'wxt/browser';
import { createStore, type StoreApi } from 'zustand/vanilla';
import { buildUrlPolicy, type UrlPolicy } from '../remote/url-policy';
import { withTimeout } from '../with-timeout';
import { type ManagedFlags, managedFlags } from './effective-settings';
import { type ManagedPolicy, parseManagedPolicy } from './managed-policy-schema';

export {
  effectiveSettings,
  type ManagedFlags,
  managedFlags,
  policyCalendar,
} from './effective-settings';

export type { ManageableSetting, ManagedPolicy } from './managed-policy-schema';

/** The part of `storage.managed` we use. */
export interface ManagedArea {
  get(keys?: null): Promise<Record<string, unknown>>;
}

/**
 * What reading the policy found.
 * - `none`: no policy for this extension (Chromium's `{}`, Firefox's "manifest not found").
 * - `ok`: a policy; `policy` holds the values that passed validation.
 * - `unavailable`: the browser failed to answer; treated as no policy, and said so.
 */
export interface ManagedRead {
  status: 'none' | 'ok' | 'unavailable';
  policy: ManagedPolicy;
  /** Sentences for the settings page: ignored values, or why the policy could not be read. */
  problems: string[];
}

/** Chromium's first read after start can be slow; past this, stop waiting and say so. */
const READ_TIMEOUT_MS = 10_000;

function defaultArea(): ManagedArea | undefined {
  return browser.storage?.managed as ManagedArea | undefined;
}

/** What the browser answered, before validation: the policy as an admin wrote it. */
type RawRead =
  | { status: 'none' | 'ok'; raw: Record<string, unknown> }
  | { status: 'unavailable'; problem: string };

/**
 * Reads the enterprise policy without ever throwing. `storage.managed` is hostile in three
 * ways: Firefox throws when no policy exists, Chromium may answer `{}` for seconds after
 * install before the policy arrives, and the area may be missing altogether. Every one of
 * them ends up here as "no policy (yet)".
 */
async function readManagedRaw(area: () => ManagedArea | undefined): Promise<RawRead> {
  try {
    const managed = area();
    if (!managed) return { status: 'none', raw: {} };
    const raw = (await withTimeout(managed.get(null), READ_TIMEOUT_MS)) ?? {};
    return { status: Object.keys(raw).length === 0 ? 'none' : 'ok', raw };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Firefox without a policy: "Managed storage manifest not found".
    if (/manifest not found|no such native application/i.test(message)) {
      return { status: 'none', raw: {} };
    }
    return {
      status: 'unavailable',
      problem: `Your organization's policy could not be read (${message}); settings are as you set them.`,
    };
  }
}

/** A raw answer validated: the values that passed, and a sentence for each that did not. */
function validatedRead(read: RawRead, urlPolicy: UrlPolicy): ManagedRead {
  if (read.status === 'unavailable') {
    return { status: 'unavailable', policy: {}, problems: [read.problem] };
  }
  const { policy, problems } = parseManagedPolicy(read.raw, urlPolicy);
  return { status: read.status, policy, problems };
}

/** Reads and validates the enterprise policy, never throwing (see {@link readManagedRaw}). */
export async function readManagedPolicy(
  area: () => ManagedArea | undefined = defaultArea,
  urlPolicy: UrlPolicy = buildUrlPolicy(),
): Promise<ManagedRead> {
  return validatedRead(await readManagedRaw(area), urlPolicy);
}

export interface ManagedPolicyState extends ManagedRead {
  /** False until the first read answered (the settings page waits before allowing edits). */
  ready: boolean;
  flags: ManagedFlags;
}

export type ManagedPolicyStore = StoreApi<ManagedPolicyState> & {
  whenReady: Promise<void>;
  /** Reads the policy again now. */
  refresh(): Promise<void>;
  dispose(): void;
};

export interface ManagedStoreOptions {
  area?: () => ManagedArea | undefined;
  urlPolicy?: UrlPolicy;
  /**
   * The first wait before reading again while no policy has shown up yet; each later wait is
   * twice the one before, up to four times this.
   */
  pollIntervalMs?: number;
  /** How long after start to keep polling; Chromium can take seconds to load policy. */
  pollForMs?: number;
  /** Where policy changes are announced; `browser.storage.onChanged` by default. */
  onChanged?: typeof browser.storage.onChanged | undefined;
  /** The policy as an earlier start read it (policy-memory.ts), kept across browser restarts. */
  memory?: PolicyMemory;
}

/**
 * Where the policy read at one start is kept for the next. `recall` answers `null` when none
 * was kept; `keep` is given only where the policy is kept (the background).
 */
export interface PolicyMemory {
  recall(): Promise<Record<string, unknown> | null>;
  keep?(raw: Record<string, unknown>): Promise<void>;
}

/**
 * The policy as one context sees it, kept current: read at start, on every `managed`
 * `storage.onChanged` (Chromium only), and while still empty after growing waits of 1, 2, 4,
 * 4, … × `pollIntervalMs` for `pollForMs`, since no event announces the first load and most
 * tabs never get a policy. A zustand store, read through `useSyncExternalStore` (hooks.ts).
 */
export function createManagedPolicyStore(options: ManagedStoreOptions = {}): ManagedPolicyStore {
  const pollIntervalMs = options.pollIntervalMs ?? 1_000;
  const urlPolicy = options.urlPolicy ?? buildUrlPolicy();
  const pollForMs = options.pollForMs ?? 15_000;
  const store = createStore<ManagedPolicyState>()(() => ({
    ready: false,
    status: 'none',
    policy: {},
    problems: [],
    flags: managedFlags({}),
  }));
  let disposed = false;
  let lastSeen = '';

  const publish = (read: ManagedRead) => {
    const seen = JSON.stringify(read);
    if (seen === lastSeen && store.getState().ready) return;
    lastSeen = seen;
    store.setState({ ...read, ready: true, flags: managedFlags(read.policy) });
  };
  let kept = '';
  const refresh = async () => {
    const raw = await readManagedRaw(options.area ?? defaultArea);
    if (disposed) return;
    answered = true;
    publish(validatedRead(raw, urlPolicy));
    // An answer is kept for the next start; a failure to answer is not (the last answer stays).
    if (raw.status !== 'unavailable' && options.memory?.keep) {
      const print = JSON.stringify(raw.raw);
      if (print !== kept) {
        kept = print;
        await options.memory.keep(raw.raw).catch(() => {
          kept = '';
        });
      }
    }
  };
  // Chromium answers a browser session's first read only after seconds. Until it does, the
  // policy kept from the last start stands in, so Export anyway need not wait for it; the
  // browser's answer, when it comes, is the one in force.
  let answered = false;
  const recalled = (options.memory?.recall() ?? Promise.resolve(null)).then(
    (raw) => {
      if (raw === null || answered || disposed) return;
      const status = Object.keys(raw).length === 0 ? 'none' : 'ok';
      publish(validatedRead({ status, raw }, urlPolicy));
    },
    () => {},
  );

  const startedAt = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const poll = (waitMs: number) => {
    timer = setTimeout(async () => {
      await refresh();
      if (disposed) return;
      const found = store.getState().status === 'ok';
      if (!found && Date.now() - startedAt < pollForMs) {
        poll(Math.min(waitMs * 2, pollIntervalMs * 4));
      }
    }, waitMs);
  };

  const onChanged = 'onChanged' in options ? options.onChanged : safeOnChanged();
  const listener = (_changes: unknown, area: string) => {
    if (area === 'managed') void refresh();
  };
  onChanged?.addListener(listener);

  const answeredOnce = refresh().then(() => {
    if (!disposed && store.getState().status !== 'ok') poll(pollIntervalMs);
  });
  // Ready with whichever comes first: the browser's answer or the policy kept from last time.
  const whenReady = new Promise<void>((resolve) => {
    void answeredOnce.then(resolve);
    void recalled.then(() => {
      if (store.getState().ready) resolve();
    });
  });

  return Object.assign(store, {
    whenReady,
    refresh,
    dispose() {
      disposed = true;
      clearTimeout(timer);
      onChanged?.removeListener(listener);
    },
  });
}

function safeOnChanged(): typeof browser.storage.onChanged | undefined {
  try {
    return browser.storage?.onChanged;
  } catch {
    return undefined;
  }
}
