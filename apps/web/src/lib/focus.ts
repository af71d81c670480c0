import type { RefObject } from 'react';

/**
 * Moves focus after the next render: when the control that had focus disappears (a form that
 * closes, a list item that goes), focus goes to a sensible place instead of the page's top.
 */
export function focusLater(ref: RefObject<HTMLElement | null>): void {
  setTimeout(() => ref.current?.focus());
}
