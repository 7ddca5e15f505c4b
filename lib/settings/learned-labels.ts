import { matchesLabel } from '../page/normalize-label';
import type { ManagedPolicyStore } from './managed';
import type { SettingsStore } from './stores';

/** What became of a label the user taught: added, already there, or fixed by the policy. */
export type LearnedLabel = 'added' | 'known' | 'managed';

/**
 * Adds `label` to the user's own invoice-date labels (the settings page lists them, and the
 * user can remove it there), unless the organization's policy sets that list: then the policy's
 * list is in force and nothing is written.
 */
export async function addInvoiceDateLabel(
  user: SettingsStore,
  managed: Pick<ManagedPolicyStore, 'getState'>,
  label: string,
): Promise<LearnedLabel> {
  if (managed.getState().flags.invoiceDateLabels) return 'managed';
  const labels = user.getState().settings.invoiceDateLabels;
  if (matchesLabel(label, labels)) return 'known';
  await user.getState().update({ invoiceDateLabels: [...labels, label] });
  return 'added';
}
