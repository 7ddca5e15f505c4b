import './zod-config';
import { z } from 'zod';
import { invoiceSnapshotSchema } from './calendar/snapshot';
import { VERDICTS } from './calendar/verdict-types';

/**
 * Every message between the extension's contexts, validated on receipt: a message that does
 * not parse is ignored, whoever sent it. Senders are checked by the receivers as well.
 */

const verdictKindSchema = z.enum(VERDICTS);

/** Content script → background: the tab's verdict, for the toolbar badge. */
export const pageVerdictMessageSchema = z.object({
  type: z.literal('page-verdict'),
  verdict: verdictKindSchema.nullable(),
});

/** Popup → content script: what does this tab show? */
export const getPageStateMessageSchema = z.object({ type: z.literal('get-page-state') });

/** Content script → popup: the answer to {@link getPageStateMessageSchema}. */
export const pageStateSchema = z.object({
  isInvoice: z.boolean(),
  snapshot: invoiceSnapshotSchema.nullable(),
  verdict: z
    .object({
      kind: verdictKindSchema,
      date: z.string().optional(),
      dateSource: z.enum(['invoice', 'posting', 'original']).optional(),
      period: z
        .object({
          name: z.string(),
          start: z.string(),
          end: z.string(),
          status: z.enum(['open', 'closed', 'locked']),
          closesOn: z.string().optional(),
          module: z.enum(['AR', 'GL']).optional(),
        })
        .optional(),
      closedThrough: z.string().optional(),
      firstOpenDay: z.string().optional(),
      closesOn: z.string().optional(),
      daysUntilClose: z.number().optional(),
      entity: z.string().optional(),
    })
    .nullable(),
});
export type PageState = z.infer<typeof pageStateSchema>;

export type PageVerdictMessage = z.infer<typeof pageVerdictMessageSchema>;

/** Content script → background: log one "Export anyway" (the background serialises writes). */
export const recordOverrideMessageSchema = z.object({
  type: z.literal('record-override'),
  record: z.object({
    invoiceNumber: z.string().max(200).optional(),
    date: z.string().max(10).optional(),
    verdict: verdictKindSchema,
    period: z.string().max(100).optional(),
    url: z.string().max(2000).optional(),
  }),
});
export type RecordOverrideMessage = z.infer<typeof recordOverrideMessageSchema>;
