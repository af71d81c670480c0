import { useRef, useState } from 'react';
import { ActivateForm } from './ActivateForm';
import { CloseForm } from './CloseForm';
import { FollowUpForm } from './FollowUpForm';
import type { KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { InviteForm } from './InviteForm';
import { MeetingForm } from './MeetingForm';
import type { PlanSaver } from './PlanEditor';
import { ReasonForm } from './ReasonForm';
import type { SipAction, SipDetail } from './types';
import type { PlanDraft } from './usePlanDraft';

type Shown = Exclude<SipAction, 'revise'>;
const ORDER: readonly Shown[] = [
  'invite',
  'record-meeting',
  'activate',
  'record-follow-up',
  'close',
  'refuse',
  'withdraw',
];

/**
 * What can happen next (allowedEvents), one button each; a button opens its small form
 * below the row, with focus on its heading. Cancel puts focus back on the button.
 */
export function SipActions({
  sip,
  draft,
  saver,
  staff,
  onDone,
}: {
  sip: SipDetail;
  draft: PlanDraft;
  saver: PlanSaver;
  staff: readonly KnownStaff[];
  onDone: (message: string) => void;
}) {
  const { t } = useSipT();
  const [open, setOpen] = useState<Shown | null>(null);
  const buttons = useRef(new Map<Shown, HTMLButtonElement>());
  const actions = ORDER.filter((a) => sip.allowedEvents.includes(a));
  if (actions.length === 0) return null;

  const label = (a: Shown) =>
    a === 'invite' ? t(`actions.inviteFrom.${sip.status}`) : t(`actions.${a}`);

  const cancel = () => {
    const button = open ? buttons.current.get(open) : undefined;
    setOpen(null);
    setTimeout(() => button?.focus());
  };
  const done = (message: string) => {
    setOpen(null);
    onDone(message);
  };
  const props = { sip, onCancel: cancel, onDone: done };

  return (
    <section
      className="card sip-actions"
      aria-labelledby="actions-heading"
      data-testid="sip-actions"
    >
      <h2 id="actions-heading">{t('actions.heading')}</h2>
      <ul className="action-buttons">
        {actions.map((a) => (
          <li key={a}>
            <button
              ref={(el) => {
                if (el) buttons.current.set(a, el);
                else buttons.current.delete(a);
              }}
              type="button"
              className={`button${a === 'activate' || (a === 'invite' && sip.status === 'proposed') || a === 'record-follow-up' ? ' button-primary' : ''}`}
              aria-expanded={open === a}
              onClick={() => setOpen(open === a ? null : a)}
            >
              {label(a)}
            </button>
          </li>
        ))}
      </ul>
      {open === 'invite' && <InviteForm {...props} staff={staff} />}
      {open === 'record-meeting' && <MeetingForm {...props} />}
      {open === 'activate' && <ActivateForm {...props} draft={draft} saver={saver} />}
      {open === 'record-follow-up' && <FollowUpForm {...props} />}
      {open === 'close' && <CloseForm {...props} />}
      {open === 'refuse' && <ReasonForm {...props} how="refuse" />}
      {open === 'withdraw' && <ReasonForm {...props} how="withdraw" />}
    </section>
  );
}
