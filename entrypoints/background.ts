import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Filled by the guard issue: badge, messages, re-injection after update.
});
