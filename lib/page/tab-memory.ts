/**
 * What the overlay remembers for one tab: whether the banner is folded to its pill. Kept in
 * the page's own `sessionStorage` (per tab, gone with the tab), which the host page can read
 * and write: so it holds one word and nothing about the invoice, and anything read back but
 * that exact word counts as "not folded".
 */
const KEY = 'period-guard:banner';
const FOLDED = 'folded';

export function bannerFoldedInTab(win: Window): boolean {
  try {
    return win.sessionStorage.getItem(KEY) === FOLDED;
  } catch {
    // Storage blocked for the site, or a sandboxed frame: start unfolded.
    return false;
  }
}

export function rememberBannerFolded(win: Window, folded: boolean): void {
  try {
    if (folded) win.sessionStorage.setItem(KEY, FOLDED);
    else win.sessionStorage.removeItem(KEY);
  } catch {
    // Not remembered: the banner still folds for as long as the page stays.
  }
}
