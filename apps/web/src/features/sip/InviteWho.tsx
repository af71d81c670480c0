import type { ReactNode } from 'react';
import type { Organisation } from '@vardflata/contracts';
import type { TFunction } from 'i18next';
import { Form, useFormContext } from '../../components/form';
import { useMe } from '../auth/session';
import type { KnownStaff } from './helpers';
import { useSipT } from './i18n';
import { StaffPicker } from './StaffPicker';
import type { SipDetail, SipParticipantInput } from './types';

interface NamedRow {
  name: string;
  role: string;
}

/** Who is to be invited, as the form holds it. */
export interface Invitees {
  person: boolean;
  units: string[];
  providers: string[];
  staff: KnownStaff[];
  others: NamedRow[];
  relatives: NamedRow[];
}

export const hasPersonParticipant = (sip: SipDetail) =>
  sip.participants.some((p) => p.kind === 'person');

export const noInvitees = (sip: SipDetail): Invitees => ({
  person: !hasPersonParticipant(sip),
  units: [],
  providers: [],
  staff: [],
  others: [],
  relatives: [],
});

const toggle = (list: string[], id: string, on: boolean) =>
  on ? [...list, id] : list.filter((x) => x !== id);

const named = (kind: 'other-actor' | 'relative', r: NamedRow): SipParticipantInput => ({
  kind,
  name: r.name.trim(),
  ...(r.role.trim() ? { role: r.role.trim() } : {}),
});

/** The participants to add, in the order the server names them (`participants[i]`). */
export function participantsToAdd(
  t: TFunction,
  sip: SipDetail,
  who: Invitees,
  organisations: readonly Organisation[],
): { input: SipParticipantInput; label: string }[] {
  const out: { input: SipParticipantInput; label: string }[] = [];
  if (who.person && !hasPersonParticipant(sip))
    out.push({ input: { kind: 'person' }, label: t('invite.person') });
  for (const o of organisations)
    for (const u of o.units) {
      if (o.kind !== 'private-provider' && who.units.includes(u.id))
        out.push({ input: { kind: 'unit', unitId: u.id }, label: `${u.name}, ${o.name}` });
      if (o.kind === 'private-provider' && who.providers.includes(u.id))
        out.push({
          input: { kind: 'private-provider', organisationId: o.id, unitId: u.id },
          label: `${u.name}, ${o.name}`,
        });
    }
  for (const s of who.staff)
    out.push({ input: { kind: 'staff', staffId: s.staffId }, label: s.name });
  for (const r of who.others) out.push({ input: named('other-actor', r), label: r.name.trim() });
  for (const r of who.relatives) out.push({ input: named('relative', r), label: r.name.trim() });
  return out;
}

/** The units of organisations to tick; those already invited are said to be so. */
function UnitChoices({
  label,
  units,
  taken,
  chosen,
  onChange,
}: {
  label: ReactNode;
  units: { id: string; name: string }[];
  taken: ReadonlySet<string>;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useSipT();
  return (
    <Form.Fieldset label={label} className="choice-group">
      {() => (
        <div className="choices">
          {units.map((u) =>
            taken.has(u.id) ? (
              <p key={u.id} className="check-done">
                <span aria-hidden="true">✓ </span>
                {u.name} – {t('invite.already')}
              </p>
            ) : (
              <Form.Checkbox
                key={u.id}
                label={u.name}
                checked={chosen.includes(u.id)}
                onChange={(e) => onChange(toggle(chosen, u.id, e.target.checked))}
              />
            ),
          )}
        </div>
      )}
    </Form.Fieldset>
  );
}

/** Other actors or relatives by name, one row each, with a role. */
function NamedRows({
  kind,
  rows,
  onChange,
}: {
  kind: 'others' | 'relatives';
  rows: NamedRow[];
  onChange: (rows: NamedRow[]) => void;
}) {
  const { t } = useSipT();
  const others = kind === 'others';
  const set = (i: number, patch: Partial<NamedRow>) =>
    onChange(rows.map((x, j) => (j === i ? { ...x, ...patch } : x)));
  return (
    <>
      {rows.map((r, i) => (
        <div className="inline-fields participant-row" key={i}>
          <Form.Text
            className="field-grow"
            path={`${kind}[${i}]`}
            label={t(others ? 'invite.otherName' : 'invite.relativeName')}
            list={others ? 'sip-other-actors' : undefined}
            value={r.name}
            onChange={(e) => set(i, { name: e.target.value })}
          />
          <Form.Text
            className="field-medium"
            label={t(others ? 'invite.otherRole' : 'invite.relativeRole')}
            value={r.role}
            onChange={(e) => set(i, { role: e.target.value })}
          />
          <button
            type="button"
            className="button button-small"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            {t('invite.removeRow')}
            <span className="visually-hidden"> {r.name}</span>
          </button>
        </div>
      ))}
      <div>
        <button
          type="button"
          className="button button-small"
          onClick={() => onChange([...rows, { name: '', role: '' }])}
        >
          {t(others ? 'invite.addOther' : 'invite.addRelative')}
        </button>
      </div>
    </>
  );
}

/**
 * Who is invited: the person, units and staff of both principals, private providers, other
 * actors and, with consent, relatives. The server's refusals of a participant
 * (`participants[i]`) are listed at the top of the group.
 */
export function InviteWho({
  sip,
  staff,
  organisations,
  value: who,
  onChange,
  participantLabel,
}: {
  sip: SipDetail;
  staff: readonly KnownStaff[];
  organisations: readonly Organisation[];
  value: Invitees;
  onChange: (who: Invitees) => void;
  participantLabel: (path: string) => string;
}) {
  const { t } = useSipT();
  const me = useMe();
  const errors = useFormContext()?.errors ?? {};
  const set = (patch: Partial<Invitees>) => onChange({ ...who, ...patch });
  // Units already invited as units (a staff participant's unit is not the unit invited).
  const taken = new Set(
    sip.participants.flatMap((p) =>
      (p.kind === 'unit' || p.kind === 'private-provider') && p.unitId ? [p.unitId] : [],
    ),
  );
  const providers = organisations.filter((o) => o.kind === 'private-provider');
  // Staff already taking part (and the inviter) are not offered again.
  const staffTaken = [
    me.id,
    ...sip.participants.flatMap((p) => (p.kind === 'staff' && p.staffId ? [p.staffId] : [])),
    ...who.staff.map((s) => s.staffId),
  ];
  const participantErrors = Object.entries(errors).filter(([p]) => p.startsWith('participants['));

  return (
    <Form.Fieldset
      path="participants"
      label={t('invite.who')}
      hint={t('invite.whoHint')}
      className="form-group"
      group
    >
      {() => (
        <>
          {participantErrors.length > 0 && (
            <ul className="field-error" data-testid="participant-errors">
              {participantErrors.map(([p, m]) => (
                <li key={p}>
                  {participantLabel(p)}: {m}
                </li>
              ))}
            </ul>
          )}
          {hasPersonParticipant(sip) ? (
            <p>{t('invite.personAlready')}</p>
          ) : (
            <Form.Checkbox
              label={t('invite.person')}
              hint={t('invite.personHint')}
              checked={who.person}
              onChange={(e) => set({ person: e.target.checked })}
            />
          )}
          {organisations
            .filter((o) => o.kind !== 'private-provider')
            .map((o) => (
              <UnitChoices
                key={o.id}
                label={
                  <>
                    {o.name} <span className="muted">({t(`organisationKinds.${o.kind}`)})</span>
                  </>
                }
                units={o.units}
                taken={taken}
                chosen={who.units}
                onChange={(units) => set({ units })}
              />
            ))}
          {providers.length > 0 && (
            <UnitChoices
              label={t('invite.providers')}
              units={providers.flatMap((o) =>
                o.units.map((u) => ({ id: u.id, name: `${u.name}, ${o.name}` })),
              )}
              taken={taken}
              chosen={who.providers}
              onChange={(ids) => set({ providers: ids })}
            />
          )}
          <Form.Fieldset label={t('invite.staff')} className="choice-group">
            {() => (
              <>
                {who.staff.length > 0 && (
                  <ul className="staff-chosen">
                    {who.staff.map((s) => (
                      <li key={s.staffId}>
                        {s.place ? `${s.name} — ${s.place}` : s.name}{' '}
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() =>
                            set({ staff: who.staff.filter((y) => y.staffId !== s.staffId) })
                          }
                        >
                          {t('invite.removeRow')}
                          <span className="visually-hidden"> {s.name}</span>
                        </button>
                      </li>
                    ))}
                  </ul>
                )}
                <StaffPicker
                  label={t('invite.staffSearch')}
                  hint={t('invite.staffHint')}
                  suggestions={staff}
                  exclude={staffTaken}
                  onSelect={(s) => set({ staff: [...who.staff, s] })}
                />
              </>
            )}
          </Form.Fieldset>
          <Form.Fieldset
            label={t('invite.others')}
            hint={t('invite.othersHint')}
            className="choice-group"
          >
            {() => (
              <NamedRows kind="others" rows={who.others} onChange={(others) => set({ others })} />
            )}
          </Form.Fieldset>
          <Form.Fieldset label={t('invite.relatives')} className="choice-group">
            {() =>
              sip.consent.relativesMayTakePart ? (
                <NamedRows
                  kind="relatives"
                  rows={who.relatives}
                  onChange={(relatives) => set({ relatives })}
                />
              ) : (
                <p className="field-hint">
                  {sip.consent.personObjectsToRelatives
                    ? t('invite.relativesObjection')
                    : t('invite.relativesNoConsent')}
                </p>
              )
            }
          </Form.Fieldset>
        </>
      )}
    </Form.Fieldset>
  );
}
