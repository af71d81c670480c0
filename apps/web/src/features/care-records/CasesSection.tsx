import { useId, useState } from 'react';
import type { CareCase, Person } from '@vardflata/contracts';
import {
  CASE_LABELS,
  CASE_MANAGER_KINDS,
  CASE_OUTCOMES,
  type CaseManagerKind,
  type CaseOutcome,
} from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { StaffPicker } from '../sip/StaffPicker';
import { useCareT } from './i18n';
import { useAssignCaseManager, useCloseCase, useOpenCase, usePersonCases } from './queries';

function AssignForm({ personId, onDone }: { personId: string; onDone: () => void }) {
  const { t, text } = useCareT();
  const assign = useAssignCaseManager(personId);
  const headingId = useId();
  const [kind, setKind] = useState<CaseManagerKind | ''>('');
  const [staff, setStaff] = useState<{ staffId: string; name: string } | null>(null);
  const [teamName, setTeamName] = useState('');
  const [assignedOn, setAssignedOn] = useState(todayInStockholm());
  const form = useFormSubmit({
    check: () => {
      const found: Errors = {};
      if (!kind) found.kind = t('cases.errors.kind');
      if (kind === 'case-manager' && !staff) found.staffId = t('cases.errors.staffId');
      if (kind === 'act-team' && !teamName.trim()) found.teamName = t('cases.errors.teamName');
      return found;
    },
    send: () =>
      assign.mutateAsync({
        kind: kind as CaseManagerKind,
        staffId: kind === 'case-manager' ? staff!.staffId : null,
        teamName: kind === 'act-team' ? teamName.trim() : null,
        assignedOn: assignedOn.trim(),
      }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('cases.assignHeading')}</h3>
      <Form.Alerts />
      <Form.Choices<CaseManagerKind>
        type="radio"
        name="managerKind"
        path="kind"
        inline
        requiredMark
        label={t('cases.fields.kind')}
        options={CASE_MANAGER_KINDS.map((value) => ({
          value,
          label: text(CASE_LABELS.managerKind[value]),
        }))}
        value={kind ? [kind] : []}
        onChange={(v) => setKind(v[0] ?? '')}
      />
      {kind === 'case-manager' && (
        <StaffPicker
          path="staffId"
          label={t('cases.fields.staffId')}
          selected={staff}
          onSelect={(s) => setStaff({ staffId: s.staffId, name: s.name })}
          onClear={() => setStaff(null)}
        />
      )}
      {kind === 'act-team' && (
        <Form.Text
          path="teamName"
          label={t('cases.fields.teamName')}
          required
          maxLength={200}
          {...bindValue(teamName, setTeamName)}
        />
      )}
      <Form.Date
        path="assignedOn"
        label={t('cases.fields.assignedOn')}
        required
        {...bindValue(assignedOn, setAssignedOn)}
      />
      <Form.Actions submitLabel={t('cases.submit')} />
    </Form>
  );
}

function CloseForm({ item, onDone }: { item: CareCase; onDone: () => void }) {
  const { t, text } = useCareT();
  const close = useCloseCase(item.personId, item.id);
  const headingId = useId();
  const [closedOn, setClosedOn] = useState(todayInStockholm());
  const [outcome, setOutcome] = useState<CaseOutcome | ''>('');
  const form = useFormSubmit({
    check: (): Errors => (outcome ? {} : { outcome: t('cases.errors.outcome') }),
    send: () => close.mutateAsync({ closedOn: closedOn.trim(), outcome: outcome as CaseOutcome }),
    onSuccess: onDone,
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('cases.closeHeading')}</h3>
      <Form.Alerts />
      <Form.Date
        path="closedOn"
        label={t('cases.fields.closedOn')}
        required
        min={item.openedOn}
        {...bindValue(closedOn, setClosedOn)}
      />
      <Form.Choices<CaseOutcome>
        type="radio"
        name="caseOutcome"
        path="outcome"
        requiredMark
        label={t('cases.fields.outcome')}
        options={CASE_OUTCOMES.map((value) => ({
          value,
          label: text(CASE_LABELS.outcome[value]),
        }))}
        value={outcome ? [outcome] : []}
        onChange={(v) => setOutcome(v[0] ?? '')}
      />
      <Form.Actions submitLabel={t('cases.close')} />
    </Form>
  );
}

/** Case manager (F7) and the person's cases, closed with an outcome or reopened (F8). */
export function CasesSection({ person }: { person: Person }) {
  const { t, text } = useCareT();
  const me = useMe();
  const data = usePersonCases(person.id);
  const open = useOpenCase(person.id);
  const [panel, setPanel] = useState<'assign' | 'close' | null>(null);
  const [done, setDone] = useState('');
  const mayWrite = mayWorkWithPersons(me);
  const openHere = data.data?.cases.find((c) => c.closedOn === null && c.unitId === me.unit?.id);
  const m = data.data?.caseManager;
  return (
    <section className="card" aria-labelledby="cases-heading" id="cases">
      <h2 id="cases-heading">{t('cases.heading')}</h2>
      <StatusMessage>{done}</StatusMessage>
      {data.isPending && <Loading />}
      <ProblemAlert error={data.error ?? open.error} />
      {data.data && (
        <>
          <h3>{t('cases.manager')}</h3>
          <p data-testid="case-manager">
            {m
              ? t('cases.managerSince', {
                  name: m.name,
                  kind: text(CASE_LABELS.managerKind[m.kind]),
                  unit: m.unitName,
                  date: formatDate(m.assignedOn),
                })
              : t('cases.noManager')}
          </p>
          {data.data.cases.length === 0 ? (
            <p>{t('cases.none')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table-compact">
                <caption className="visually-hidden">{t('cases.caption')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('cases.columns.unit')}</th>
                    <th scope="col">{t('cases.columns.period')}</th>
                    <th scope="col">{t('cases.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.data.cases.map((c) => (
                    <tr key={c.id}>
                      <th scope="row">{c.unitName}</th>
                      <td className="nowrap">
                        {formatDate(c.openedOn)}
                        {c.closedOn && ` – ${formatDate(c.closedOn)}`}
                      </td>
                      <td>
                        {c.reopened && <Badge tone="info">{t('cases.reopened')}</Badge>}{' '}
                        {c.outcome ? (
                          text(CASE_LABELS.outcome[c.outcome])
                        ) : (
                          <Badge tone="ok">{t('cases.ongoing')}</Badge>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      {mayWrite && panel === 'assign' && (
        <AssignForm
          personId={person.id}
          onDone={() => {
            setPanel(null);
            setDone(t('cases.assigned'));
          }}
        />
      )}
      {mayWrite && panel === 'close' && openHere && (
        <CloseForm
          item={openHere}
          onDone={() => {
            setPanel(null);
            setDone(t('cases.closed'));
          }}
        />
      )}
      {mayWrite && panel === null && data.data && (
        <p className="button-row">
          <button type="button" className="button" onClick={() => setPanel('assign')}>
            {t('cases.assign')}
          </button>{' '}
          {openHere ? (
            <button type="button" className="button" onClick={() => setPanel('close')}>
              {t('cases.close')}
            </button>
          ) : (
            <button
              type="button"
              className="button"
              onClick={() =>
                open.mutate(
                  { openedOn: todayInStockholm() },
                  { onSuccess: () => setDone(t('cases.opened')) },
                )
              }
            >
              {t('cases.open')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
