import { useId } from 'react';
import { useManagedPolicy } from '../../lib/settings/hooks';
import type { ManagedPolicy } from '../../lib/settings/managed';

/** One line per value the policy sets, in the words of the settings page. */
function describePolicy(
  policy: ManagedPolicy,
): { setting: string; label: string; value: string }[] {
  const rows: { setting: string; label: string; value: string }[] = [];
  const add = (setting: string, label: string, value: string) =>
    rows.push({ setting, label, value });
  if (policy.calendarUrl !== undefined) add('calendarUrl', 'Calendar URL', policy.calendarUrl);
  else if (policy.inlineCalendar !== undefined) {
    const count = policy.inlineCalendar.periods.length;
    add(
      'inlineCalendar',
      'Calendar',
      `set by policy (${count} ${count === 1 ? 'period' : 'periods'})`,
    );
  }
  if (policy.refreshMinutes !== undefined)
    add('refreshMinutes', 'Check every', `${policy.refreshMinutes} minutes`);
  if (policy.maxAgeHours !== undefined)
    add('maxAgeHours', 'Out of date after', `${policy.maxAgeHours} hours`);
  if (policy.mode !== undefined) {
    add(
      'mode',
      'When a date is closed',
      policy.mode === 'block'
        ? 'Block the export (no “Export anyway”)'
        : 'Warn, and allow “Export anyway”',
    );
  }
  if (policy.closingSoonDays !== undefined)
    add('closingSoonDays', 'Closing-soon warning', `${policy.closingSoonDays} days ahead`);
  if (policy.invoiceDateLabels !== undefined)
    add('invoiceDateLabels', 'Invoice date labels', policy.invoiceDateLabels.join(', '));
  if (policy.postingDateLabels !== undefined)
    add('postingDateLabels', 'Posting date labels', policy.postingDateLabels.join(', ') || 'none');
  if (policy.exportWords !== undefined)
    add('exportWords', 'Export words', policy.exportWords.join(', '));
  if (policy.dayFirst !== undefined)
    add(
      'dayFirst',
      'Date order',
      policy.dayFirst ? 'Day first (31/12/2026)' : 'Month first (12/31/2026)',
    );
  if (policy.userName !== undefined) add('userName', 'Your name in the audit log', policy.userName);
  if (policy.requireOverrideReason !== undefined)
    add(
      'requireOverrideReason',
      'Reason for “Export anyway”',
      policy.requireOverrideReason ? 'Required' : 'Optional',
    );
  if (policy.lockedSettings?.length)
    add('lockedSettings', 'Also locked', policy.lockedSettings.join(', '));
  return rows;
}

/**
 * Tells the user which settings their organization fixed, and which policy values were
 * ignored (so IT can find a typo). Nothing at all when there is no policy. Other sections
 * show their own managed fields read-only using `useManagedPolicy((s) => s.flags)`.
 */
export function ManagedPolicyNotice() {
  const status = useManagedPolicy((s) => s.status);
  const policy = useManagedPolicy((s) => s.policy);
  const problems = useManagedPolicy((s) => s.problems);
  const heading = useId();
  if (status === 'none' && problems.length === 0) return null;
  const rows = describePolicy(policy);
  return (
    <section
      aria-labelledby={heading}
      className="pg-managed-policy"
      data-testid="managed-policy-summary"
    >
      <h2 id={heading}>Managed by your organization</h2>
      {rows.length > 0 && (
        <>
          <p>Your organization’s IT sets these for everyone; they cannot be changed here.</p>
          <dl>
            {rows.map((row) => (
              <div key={row.setting} data-testid="managed-setting" data-setting={row.setting}>
                <dt>{row.label}</dt>
                <dd>{row.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {problems.length > 0 && (
        <>
          <p>Some policy values could not be used; tell your IT team:</p>
          <ul data-testid="managed-policy-problems">
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
