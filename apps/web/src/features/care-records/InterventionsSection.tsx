import { useState } from 'react';
import type { InterventionRecord, Person } from '@vardflata/contracts';
import { INTERVENTION_LABELS } from '@vardflata/domain';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { EndInterventionForm } from './EndInterventionForm';
import { useCareT } from './i18n';
import { useInterventions } from './queries';
import { RecordInterventionForm } from './RecordInterventionForm';

const TONE = { planned: 'info', ongoing: 'ok', ended: 'neutral' } as const;

function Row({ item, onEnd }: { item: InterventionRecord; onEnd?: () => void }) {
  const { t, text } = useCareT();
  return (
    <tr>
      <th scope="row">
        {text(INTERVENTION_LABELS.category[item.category])}
        {item.method && (
          <>
            <br />
            <span className="small">{text(INTERVENTION_LABELS.method[item.method])}</span>
          </>
        )}
        {item.methodNote && <p className="small">{item.methodNote}</p>}
      </th>
      <td>
        {item.unitName}, {item.organisationName}
        <br />
        <span className="small">{item.responsible.name}</span>
      </td>
      <td>
        {text(INTERVENTION_LABELS.setting[item.setting])},{' '}
        {text(INTERVENTION_LABELS.legalForm[item.legalForm])}
        <br />
        <span className="small">
          {item.decision
            ? t('interventions.decision', {
                reference: item.decision.reference,
                date: formatDate(item.decision.decidedOn),
              })
            : t('interventions.noDecision')}
        </span>
      </td>
      <td className="nowrap">
        {item.endOn
          ? `${formatDate(item.startOn)} – ${formatDate(item.endOn)}`
          : t('interventions.from', { date: formatDate(item.startOn) })}
        {!item.endOn && item.plannedEndOn && (
          <>
            <br />
            <span className="small">
              {t('interventions.plannedEnd', { date: formatDate(item.plannedEndOn) })}
            </span>
          </>
        )}
      </td>
      <td>
        <Badge tone={TONE[item.status]}>{t(`interventions.status.${item.status}`)}</Badge>
        {item.outcome && <p className="small">{text(INTERVENTION_LABELS.outcome[item.outcome])}</p>}
        {onEnd && (
          <p>
            <button type="button" className="button button-small" onClick={onEnd}>
              {t('interventions.end')}
            </button>
          </p>
        )}
      </td>
    </tr>
  );
}

/** The person's interventions (F5) on the person overview, with record and end. */
export function InterventionsSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const list = useInterventions(person.id);
  const [panel, setPanel] = useState<{ kind: 'record' } | { kind: 'end'; id: string } | null>(null);
  const [done, setDone] = useState('');
  const mayWrite = mayWorkWithPersons(me);
  const ending = panel?.kind === 'end' ? list.data?.find((i) => i.id === panel.id) : undefined;

  return (
    <section className="card" aria-labelledby="interventions-heading" id="interventions">
      <h2 id="interventions-heading">{t('interventions.heading')}</h2>
      <p className="section-intro">{t('interventions.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <p>{t('interventions.none')}</p>}
      {list.data && list.data.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('interventions.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('interventions.columns.what')}</th>
                <th scope="col">{t('interventions.columns.who')}</th>
                <th scope="col">{t('interventions.columns.form')}</th>
                <th scope="col">{t('interventions.columns.period')}</th>
                <th scope="col">{t('interventions.columns.status')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.map((item) => (
                <Row
                  key={item.id}
                  item={item}
                  onEnd={
                    mayWrite && item.mayEdit && item.status !== 'ended'
                      ? () => {
                          setDone('');
                          setPanel({ kind: 'end', id: item.id });
                        }
                      : undefined
                  }
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {ending && (
        <EndInterventionForm
          intervention={ending}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setDone(t('interventions.ended'));
          }}
        />
      )}
      {mayWrite && panel?.kind === 'record' && (
        <RecordInterventionForm
          personId={person.id}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setDone(t('interventions.recorded'));
          }}
        />
      )}
      {mayWrite && panel === null && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone('');
              setPanel({ kind: 'record' });
            }}
          >
            {t('interventions.record')}
          </button>
        </p>
      )}
    </section>
  );
}
