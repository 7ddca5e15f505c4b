/** The overlay's host element (PRODUCT.md §7): a custom element with an open shadow root. */
export const OVERLAY_TAG = 'period-guard-ui';
