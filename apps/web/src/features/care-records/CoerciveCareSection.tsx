import { useState } from 'react';
import type { CoerciveCareProcess, CoerciveCareStepState, Person } from '@vardflata/contracts';
import { COERCIVE_CARE_LABELS, dateInWords, dueInWords, stepOf } from '@vardflata/domain';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { RecordStepForm, StartCoerciveCareForm } from './CoerciveCareForms';
import { useCareT } from './i18n';
import { useCoerciveCare } from './queries';

const TONE = {
  done: 'ok',
  overdue: 'danger',
  due: 'warn',
  open: 'info',
  'not-applicable': 'neutral',
} as const;

function StepItem({
  process,
  item,
  onRecord,
}: {
  process: CoerciveCareProcess;
  item: CoerciveCareStepState;
  onRecord?: () => void;
}) {
  const { t, text, lang: language } = useCareT();
  const note = stepOf(process.kind, item.step)?.note;
  return (
    <li className="checklist-step">
      <p>
        <strong>{text(COERCIVE_CARE_LABELS.step[item.step])}</strong>
        {item.section && <span className="small"> ({item.section})</span>}{' '}
        <Badge tone={TONE[item.status]}>{text(COERCIVE_CARE_LABELS.status[item.status])}</Badge>
      </p>
      {item.doneOn && (
        <p className="small">
          {t('coerciveCare.doneBy', {
            date: dateInWords(item.doneOn, language),
            name: item.doneByName ?? '',
          })}
          {item.note && <> – {item.note}</>}
        </p>
      )}
      {item.dueOn && item.limit && <p>{dueInWords(item.dueOn, item.limit.section, language)}</p>}
      {!item.dueOn && item.status !== 'done' && item.status !== 'not-applicable' && (
        <p className="small">{t('coerciveCare.noLimit')}</p>
      )}
      {note && <p className="small">{text(note)}</p>}
      {item.limit && (
        <details>
          <summary>{t('coerciveCare.source', { section: item.limit.section })}</summary>
          <p className="small">{t(`coerciveCare.confirmation.${item.limit.confirmation}`)}</p>
          <blockquote lang="sv" className="small">
            {item.limit.wording}
          </blockquote>
          <p className="small">
            <a href={item.limit.source} rel="noreferrer" target="_blank">
              {item.limit.source}
            </a>
          </p>
        </details>
      )}
      {onRecord && (
        <p>
          <button type="button" className="button button-small" onClick={onRecord}>
            {t('coerciveCare.record')}
            <span className="visually-hidden">: {text(COERCIVE_CARE_LABELS.step[item.step])}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** The person's LVM/LVU processes (decision 0019-a): the checklist with each step's limit. */
export function CoerciveCareSection({ person }: { person: Person }) {
  const { t, text, lang: language } = useCareT();
  const me = useMe();
  const list = useCoerciveCare(person.id);
  const [panel, setPanel] = useState<{ processId: string; step: string } | 'start' | null>(null);
  const [done, setDone] = useState('');
  const mayStart = mayWorkWithPersons(me) && me?.organisation?.kind === 'municipality';

  return (
    <section className="card" aria-labelledby="coercive-care-heading" id="coercive-care">
      <h2 id="coercive-care-heading">{t('coerciveCare.heading')}</h2>
      <p className="section-intro">{t('coerciveCare.intro')}</p>
      <StatusMessage>{done}</StatusMessage>
      {list.isPending && <Loading />}
      <ProblemAlert error={list.error} />
      {list.data && list.data.length === 0 && <p>{t('coerciveCare.none')}</p>}
      {list.data?.map((process) => {
        const title = t('coerciveCare.processTitle', {
          kind: text(COERCIVE_CARE_LABELS.kind[process.kind]),
          date: dateInWords(process.startedOn, language),
        });
        return (
          <article key={process.id} className="checklist" aria-label={title}>
            <h3>{title}</h3>
            <p className="small">
              {process.unitName}, {process.organisationName} ·{' '}
              {process.endedOn
                ? t('coerciveCare.ended', { date: dateInWords(process.endedOn, language) })
                : t('coerciveCare.open')}
            </p>
            <ol className="checklist-steps">
              {process.steps.map((item) => (
                <StepItem
                  key={item.step}
                  process={process}
                  item={item}
                  onRecord={
                    item.mayRecord && panel === null
                      ? () => {
                          setDone('');
                          setPanel({ processId: process.id, step: item.step });
                        }
                      : undefined
                  }
                />
              ))}
            </ol>
            {panel !== null && panel !== 'start' && panel.processId === process.id && (
              <RecordStepForm
                process={process}
                step={process.steps.find((s) => s.step === panel.step)!}
                onCancel={() => setPanel(null)}
                onDone={() => {
                  setPanel(null);
                  setDone(t('coerciveCare.recorded'));
                }}
              />
            )}
          </article>
        );
      })}
      {mayStart && panel === 'start' && (
        <StartCoerciveCareForm
          personId={person.id}
          onCancel={() => setPanel(null)}
          onDone={() => {
            setPanel(null);
            setDone(t('coerciveCare.started'));
          }}
        />
      )}
      {mayStart && panel === null && (
        <p>
          <button
            type="button"
            className="button"
            onClick={() => {
              setDone('');
              setPanel('start');
            }}
          >
            {t('coerciveCare.start')}
          </button>
        </p>
      )}
    </section>
  );
}
