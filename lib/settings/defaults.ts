/**
 * Defaults for what the guard looks for on the page. Users and policy can
 * change them; matching is case-insensitive and ignores surrounding punctuation.
 */

/** Labels that mark the invoice date. Never the Due Date. */
export const DEFAULT_INVOICE_DATE_LABELS = [
  'Invoice Date',
  'Issue Date',
  'Issued Date',
  'Date Issued',
  'Invoice Issue Date',
];

/** Labels of the date Intacct posts by, when the page shows one. */
export const DEFAULT_POSTING_DATE_LABELS = ['Posting Date', 'GL Posting Date'];

export const DEFAULT_INVOICE_NUMBER_LABELS = [
  'Invoice Number',
  'Invoice #',
  'Invoice No.',
  'Invoice',
];
export const DEFAULT_ACCOUNTING_REFERENCE_LABELS = ['Accounting Reference ID', 'Accounting Ref ID'];
export const DEFAULT_SYNC_STATUS_LABELS = ['Sync Status', 'Accounting Sync Status'];
export const DEFAULT_ENTITY_LABELS = ['Entity'];

/**
 * Words and phrases that, anywhere in an action's accessible name, mean it sends an invoice to
 * Intacct ("Retry sync", "Approve and export").
 */
export const DEFAULT_EXPORT_WORDS = [
  'Export',
  'Sync',
  'Re-sync',
  'Export to Accounting',
  'Sync to Intacct',
  'Send to Intacct',
];

/** Words that, anywhere in an action's name, mean it only makes a file; never guarded. */
export const NEVER_EXPORT_WORDS = ['PDF', 'CSV', 'Excel', 'Print', 'Download'];

/**
 * Words that, right after an export word, make it name a place or a record rather than the
 * act ("Sync log", "Export settings", "Sync status").
 */
export const EXPORT_PLACE_WORDS = ['settings', 'options', 'log', 'logs', 'history', 'status'];

export const DEFAULT_CLOSING_SOON_DAYS = 5;
