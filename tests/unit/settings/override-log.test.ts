import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { RecordOverrideMessage } from '../../../lib/messages';
import { storedAuditLog } from '../../../lib/settings/items';
import { logOverride, requestOverrideLog } from '../../../lib/settings/override-log';
import { type AuditStore, createAuditStore } from '../../../lib/settings/stores';
import { readStored } from '../../../lib/settings/validated';

const record = {
  invoiceNumber: 'INV-1042',
  date: '2026-02-27',
  verdict: 'closed',
  period: 'February 2026',
  url: 'https://acme.buildops.com/invoices/1042',
} as const;

let audit: AuditStore;
beforeEach(async () => {
  fakeBrowser.reset();
  // The background's one writer of the log.
  audit = createAuditStore({ document: null });
  await audit.whenReady;
});
afterEach(() => {
  audit.dispose();
  vi.restoreAllMocks();
});

/** The content script's send, straight to the background's handler. */
const toBackground = (message: RecordOverrideMessage) => logOverride(audit, message.record);

async function storedLog() {
  const read = await readStored(storedAuditLog);
  if (read.status !== 'ok') throw new Error(read.status);
  return read.value;
}

describe('logging an override before the export runs', () => {
  it('resolves once the record is stored', async () => {
    await requestOverrideLog(toBackground, record);
    expect(await storedLog()).toEqual([expect.objectContaining(record)]);
  });

  it('rejects with a sentence for the user when storage is full', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(
      new Error('QUOTA_BYTES quota exceeded'),
    );
    const logged = requestOverrideLog(toBackground, record);
    await expect(logged).rejects.toBeInstanceOf(Error);
    const message = await logged.catch((error: Error) => error.message);
    expect(message).toMatch(
      /^Period Guard could not write this override to the audit log, so the invoice was not exported\. Could not save the audit log: the browser refused to store it \(QUOTA_BYTES quota exceeded\)/,
    );
    // Not a class name or a stack: the dialog shows it as it is.
    expect(message).not.toMatch(/StoredWriteError|Error:/);
    vi.restoreAllMocks();
    expect(await storedLog()).toEqual([]);
  });

  it('rejects when the log cannot be read from storage', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValue(
      new Error('Extension context invalidated.'),
    );
    await expect(requestOverrideLog(toBackground, record)).rejects.toThrow(
      /could not write this override to the audit log, so the invoice was not exported\. The audit log could not be read from browser storage/,
    );
  });

  it('rejects when the background does not answer, or answers nothing', async () => {
    const gone = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    await expect(requestOverrideLog(gone, record)).rejects.toThrow(
      'Period Guard could not write this override to the audit log, so the invoice was not exported: the extension did not answer (Could not establish connection. Receiving end does not exist.). Reload the page and try again.',
    );
    await expect(requestOverrideLog(async () => undefined, record)).rejects.toThrow(
      /the extension gave no answer\. Reload the page and try again\.$/,
    );
  });
});
