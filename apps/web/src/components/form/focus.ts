import { isAtOrBelow } from './checks';

const CONTROL = 'input, select, textarea, button';

/** The control to focus for an element that carries a path: itself, or its chosen or first control. */
function controlOf(element: HTMLElement): HTMLElement | null {
  if (element.matches(CONTROL)) return element;
  return (
    element.querySelector<HTMLElement>('input:checked') ??
    element.querySelector<HTMLElement>(CONTROL)
  );
}

/**
 * The element that answers for an error's path: the one carrying exactly that path, else the
 * nearest one above it (`interventions[0].goalIds[1]` → `interventions[0].goalIds`).
 */
function elementFor(root: HTMLElement, path: string): HTMLElement | null {
  let best: HTMLElement | null = null;
  let bestLength = -1;
  for (const element of root.querySelectorAll<HTMLElement>('[data-path]')) {
    const own = element.dataset.path ?? '';
    if (own.length > bestLength && isAtOrBelow(path, own)) {
      best = element;
      bestLength = own.length;
    }
  }
  return best;
}

/** Moves focus to the field of a path (brought into view). False when it is not on screen. */
export function focusPath(root: HTMLElement | null, path: string): boolean {
  const element = root && elementFor(root, path);
  const control = element && controlOf(element);
  if (!control) return false;
  control.focus();
  return true;
}

const before = (a: HTMLElement, b: HTMLElement) =>
  a === b ? 0 : a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;

/** The paths in the order their fields stand on the page; paths without a field come last. */
export function inPageOrder(root: HTMLElement | null, paths: readonly string[]): string[] {
  if (!root) return [...paths];
  const placed = paths.map((path) => ({ path, element: elementFor(root, path) }));
  return placed
    .sort((a, b) =>
      a.element && b.element ? before(a.element, b.element) : a.element ? -1 : b.element ? 1 : 0,
    )
    .map((p) => p.path);
}

/** Moves focus to the first field, in the order they stand on the page, of the paths given. */
export function focusFirstError(root: HTMLElement | null, paths: readonly string[]): boolean {
  if (!root) return false;
  for (const path of inPageOrder(root, paths)) if (focusPath(root, path)) return true;
  return false;
}
