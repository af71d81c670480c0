import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type Blocker } from 'react-router-dom';

/**
 * Unsaved changes are not lost without a word: leaving the page (reload, closing the tab, a
 * link out of the app) asks through the browser's own `beforeunload` question, and a
 * navigation inside the app is held (react-router's blocker) for <LeaveDialog> to ask.
 * `stays(pathname)` names the places that keep the changes (e.g. the other sections of the
 * same page); they are not held.
 */
export function useLeaveWarning(
  unsaved: boolean,
  stays: (pathname: string) => boolean = () => false,
): Blocker {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) =>
      unsaved &&
      currentLocation.pathname !== nextLocation.pathname &&
      !stays(nextLocation.pathname),
  );
  useEffect(() => {
    if (!unsaved) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [unsaved]);
  return blocker;
}

/**
 * The question while a navigation is held: stay (the default, and Esc), save first when the
 * form can, or leave without saving. A modal <dialog>: focus stays inside it and returns to
 * where it was when it closes.
 */
export function LeaveDialog({
  blocker,
  title,
  children,
  onSave,
  saving = false,
}: {
  blocker: Blocker;
  title: string;
  children: ReactNode;
  /** Saves, then calls back whether it went well (to go on) or not (to stay and show why). */
  onSave?: ((done: (saved: boolean) => void) => void) | undefined;
  saving?: boolean;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const open = blocker.state === 'blocked';
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="leave-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      data-testid="leave-dialog"
      onCancel={(event) => {
        event.preventDefault();
        blocker.reset?.();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="actions">
        {/* The safe choice first, with focus. */}
        <button
          type="button"
          className="button button-primary"
          autoFocus
          onClick={() => blocker.reset?.()}
        >
          {t('form.leave.stay')}
        </button>
        {onSave && (
          <button
            type="button"
            className="button"
            disabled={saving}
            onClick={() => onSave((saved) => (saved ? blocker.proceed?.() : blocker.reset?.()))}
          >
            {saving ? t('common.saving') : t('form.leave.saveAndGo')}
          </button>
        )}
        <button type="button" className="button button-danger" onClick={() => blocker.proceed?.()}>
          {t('form.leave.discard')}
        </button>
      </div>
    </dialog>
  );
}
