/** Why Export anyway did not run the export, told in the dialog that keeps holding it. */
export type ExportProblem = 'action-changed' | 'not-logged';

/** What the user reads, and what to do next. */
export const EXPORT_PROBLEM_TEXT: Readonly<Record<ExportProblem, string>> = {
  'action-changed':
    'The page redrew its export button while this was open, and Period Guard cannot tell which button to run. Nothing was exported or logged: cancel, then click the button again.',
  'not-logged':
    'Period Guard could not write this override to the audit log, so nothing was exported. Try again; if it keeps failing, cancel and change the date instead.',
};
