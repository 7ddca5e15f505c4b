import { accessibleName } from './accessible-name';
import { ACTIONABLE, isExportAction } from './export-action';
import { outsideUnreadRows, unreadRowsUnder } from './long-tables';
import { NEVER_SHOWN } from './selectors';

/** The names listed; a page with more says how many more there are. */
export const EXPORT_ACTIONS_LISTED = 10;

/** The export actions a user can see on the page: their names (capped) and how many. */
export interface ExportActionsSeen {
  names: string[];
  count: number;
}

/**
 * The export actions on the page as the guard would judge them, for the popup's "what the
 * guard sees". Asked only when the popup opens: names are matched first, and only the few
 * matches are checked for being on screen. Rows of a long table past those the reader reads
 * are passed over, so a long list costs what its first rows cost.
 */
export function exportActionsOnPage(
  root: ParentNode,
  exportWords: readonly string[],
): ExportActionsSeen {
  const names: string[] = [];
  let count = 0;
  for (const el of outsideUnreadRows(root.querySelectorAll(ACTIONABLE), unreadRowsUnder(root))) {
    if (!isExportAction(el, exportWords)) continue;
    if (el.closest(NEVER_SHOWN)) continue;
    if (el.checkVisibility?.({ visibilityProperty: true }) === false) continue;
    count++;
    if (names.length < EXPORT_ACTIONS_LISTED) names.push(accessibleName(el).slice(0, 120));
  }
  return { names, count };
}
