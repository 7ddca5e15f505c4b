import {
  type RecordOverrideAnswer,
  type RecordOverrideMessage,
  recordOverrideAnswerSchema,
  recordOverrideMessageSchema,
} from '../messages';
import type { AuditRecordInput, AuditStore } from './stores';

/*
 * "Export anyway" is logged before the export runs: the content script asks, the background
 * (the log's one writer) appends and answers, and the export waits for that answer. Any
 * failure on the way means no export, with a sentence the dialog can show as it is.
 */

const NOT_LOGGED =
  'Period Guard could not write this override to the audit log, so the invoice was not exported';

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Background: appends the record and says how it went; never rejects. */
export async function logOverride(
  audit: AuditStore,
  record: RecordOverrideMessage['record'],
): Promise<RecordOverrideAnswer> {
  try {
    await audit.getState().append(record);
    return { ok: true };
  } catch (error) {
    // The storage layer's messages are sentences already (a full quota, a newer build's log).
    return { ok: false, error: `${NOT_LOGGED}. ${reason(error)}` };
  }
}

/**
 * Content script: asks the background to log `record`; resolves once it is stored, rejects
 * with an Error whose message tells the user what happened and what to do.
 */
export async function requestOverrideLog(
  send: (message: RecordOverrideMessage) => Promise<unknown>,
  record: AuditRecordInput,
): Promise<void> {
  const message = recordOverrideMessageSchema.safeParse({ type: 'record-override', record });
  if (!message.success) {
    throw new Error(
      `${NOT_LOGGED}: the page's details do not fit the log. Reload the page and try again.`,
    );
  }
  let answer: unknown;
  try {
    answer = await send(message.data);
  } catch (error) {
    throw new Error(
      `${NOT_LOGGED}: the extension did not answer (${reason(error)}). Reload the page and try again.`,
    );
  }
  const parsed = recordOverrideAnswerSchema.safeParse(answer);
  if (!parsed.success) {
    throw new Error(`${NOT_LOGGED}: the extension gave no answer. Reload the page and try again.`);
  }
  if (!parsed.data.ok) throw new Error(parsed.data.error);
}
