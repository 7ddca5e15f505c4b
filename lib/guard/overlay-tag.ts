/** The overlay's host element: a custom element with an open shadow root. */
export const OVERLAY_TAG = 'period-guard-ui';
