import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { badgeFor } from '../lib/badge/badge-for';
import { pageVerdictMessageSchema } from '../lib/messages';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    // Only our own content scripts, in a tab, with a well-formed message, move the badge.
    if (sender.id !== browser.runtime.id || sender.tab?.id === undefined) return;
    const parsed = pageVerdictMessageSchema.safeParse(message);
    if (!parsed.success) return;
    const tabId = sender.tab.id;
    const badge = badgeFor(parsed.data.verdict);
    void browser.action.setBadgeText({ tabId, text: badge.text });
    void browser.action.setBadgeBackgroundColor({ tabId, color: badge.color });
    void browser.action.setTitle({ tabId, title: badge.title });
  });
});
