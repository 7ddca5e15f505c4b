import './zod-config';
import * as z from 'zod/mini';
import { isoDateSchema } from './calendar/model';
import { invoiceSnapshotSchema } from './calendar/snapshot';
import { VERDICTS } from './calendar/verdict-types';
import { lazySchema } from './lazy-schema';
import { EXPORT_ACTIONS_LISTED } from './page/export-actions-on-page';
import { OVERRIDE_REASON_MAX } from './settings/audit-schema';
import { PERSON_NAME_MAX } from './settings/settings-schema';

/**
 * Every message between the extension's contexts, validated on receipt: a message that does
 * not parse is ignored, whoever sent it. Senders are checked by the receivers as well.
 */

const verdictKindSchema = lazySchema(() => z.enum(VERDICTS));

/** Content script → background: the tab's verdict, for the toolbar badge. */
export const pageVerdictMessageSchema = lazySchema(() =>
  z.object({
    type: z.literal('page-verdict'),
    verdict: z.nullable(verdictKindSchema),
  }),
);

/** Popup → content script: what does this tab show? */
export const getPageStateMessageSchema = lazySchema(() =>
  z.object({ type: z.literal('get-page-state') }),
);

/** Content script → popup: the answer to {@link getPageStateMessageSchema}. */
const optionalText = lazySchema(() => z.optional(z.string()));

/** Where the guard read a date: the label, the value as shown, and the kind of place. */
const valueSourceSchema = lazySchema(() =>
  z.optional(
    z.object({
      label: z.string().check(z.maxLength(200)),
      text: z.string().check(z.maxLength(200)),
      kind: z.enum(['field', 'table', 'text']),
    }),
  ),
);

/** What the guard sees on the tab, for the popup's diagnostics. */
export const pageSeenSchema = lazySchema(() =>
  z.object({
    invoiceDate: valueSourceSchema,
    postingDate: valueSourceSchema,
    exportActions: z.object({
      names: z.array(z.string().check(z.maxLength(120))).check(z.maxLength(EXPORT_ACTIONS_LISTED)),
      count: z.number(),
    }),
  }),
);
export type PageSeen = z.infer<typeof pageSeenSchema>;

/** An invoice list's summary and the invoices it marks (at most 500), for the popup. */
const pageListSchema = lazySchema(() =>
  z.object({
    closed: z.number(),
    closingSoon: z.number(),
    unverified: z.number(),
    lines: z.array(z.string().check(z.maxLength(300))).check(z.maxLength(20)),
    marked: z
      .array(
        z.object({
          invoiceNumber: z.optional(z.string().check(z.maxLength(200))),
          date: z.optional(z.string().check(z.maxLength(10))),
          verdict: verdictKindSchema,
          period: z.optional(z.string().check(z.maxLength(100))),
          firstOpenDay: z.optional(z.string().check(z.maxLength(10))),
        }),
      )
      .check(z.maxLength(500)),
  }),
);
export type PageList = z.infer<typeof pageListSchema>;

export const pageStateSchema = lazySchema(() =>
  z.object({
    isInvoice: z.boolean(),
    snapshot: z.nullable(invoiceSnapshotSchema),
    verdict: z.nullable(
      z.object({
        kind: verdictKindSchema,
        date: optionalText,
        dateSource: z.optional(z.enum(['invoice', 'posting', 'original'])),
        period: z.optional(
          z.object({
            name: z.string(),
            start: z.string(),
            end: z.string(),
            status: z.enum(['open', 'closed', 'locked']),
            closesOn: optionalText,
            module: z.optional(z.enum(['AR', 'GL'])),
          }),
        ),
        closedThrough: optionalText,
        firstOpenDay: optionalText,
        closesOn: optionalText,
        daysUntilClose: z.optional(z.number()),
        entity: optionalText,
      }),
    ),
    seen: z.optional(pageSeenSchema),
    /** On a page listing invoices: its summary and the invoices marked on it. */
    list: z.optional(pageListSchema),
  }),
);
export type PageState = z.infer<typeof pageStateSchema>;

export type PageVerdictMessage = z.infer<typeof pageVerdictMessageSchema>;

/** Content script → background: log one "Export anyway" (the background serialises writes). */
export const recordOverrideMessageSchema = lazySchema(() =>
  z.object({
    type: z.literal('record-override'),
    record: z.object({
      invoiceNumber: z.optional(z.string().check(z.maxLength(200))),
      date: z.optional(z.string().check(z.maxLength(10))),
      verdict: verdictKindSchema,
      period: z.optional(z.string().check(z.maxLength(100))),
      url: z.optional(z.string().check(z.maxLength(2000))),
      who: z.optional(z.string().check(z.maxLength(PERSON_NAME_MAX))),
      reason: z.optional(z.string().check(z.maxLength(OVERRIDE_REASON_MAX))),
      unverified: z.optional(z.int().check(z.gte(1))),
    }),
  }),
);
export type RecordOverrideMessage = z.infer<typeof recordOverrideMessageSchema>;

/** Background → content script: whether the override was logged; `error` is a sentence. */
export const recordOverrideAnswerSchema = lazySchema(() =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true) }),
    z.object({ ok: z.literal(false), error: z.string() }),
  ]),
);
export type RecordOverrideAnswer = z.infer<typeof recordOverrideAnswerSchema>;

/**
 * Content script → background: remember the date a synced invoice carried when first seen
 * (the background is the map's one writer, so two tabs never overwrite each other's entry).
 */
export const rememberSyncedDateMessageSchema = lazySchema(() =>
  z.object({
    type: z.literal('remember-synced-date'),
    invoiceNumber: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
    date: isoDateSchema,
  }),
);
export type RememberSyncedDateMessage = z.infer<typeof rememberSyncedDateMessageSchema>;
