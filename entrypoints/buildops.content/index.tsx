import { defineContentScript } from 'wxt/utils/define-content-script';

export default defineContentScript({
  matches: ['https://*.buildops.com/*'],
  main() {
    // Filled by the guard issue.
  },
});
