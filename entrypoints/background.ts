import { defineBackground } from 'wxt/utils/define-background';
import { startRemoteCalendar } from '../lib/remote/scheduler';

export default defineBackground(() => {
  // Filled by the guard issue: badge, messages, re-injection after update.

  // ---- Team calendar: URL source, enterprise policy, "Check now" (lib/remote/scheduler.ts) ----
  startRemoteCalendar();
});
