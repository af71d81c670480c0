import './governance.css';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Training } from '@vardflata/contracts';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { isAnalyst } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useGovernanceT } from './i18n';
import { useRegister, useTrainings } from './queries';
import { AttendanceForm, PlanSessionForm } from './TrainingForms';

type Session = Training['sessions'][number];

/** Competence (F16): the caller's own trainings, the trainings with their sessions; for those
 * who run them, planning sessions and recording attendance. */
export function TrainingsPage() {
  const { t } = useGovernanceT();
  const me = useMe();
  const list = useTrainings();
  const mayRun = list.data?.items.some((x) => x.mayRun) ?? false;
  return (
    <>
      <PageHeading title={t('competence.title')}>{t('competence.title')}</PageHeading>
      <p className="section-intro">{t('competence.intro')}</p>
      {(mayRun || isAnalyst(me)) && (
        <p>
          <Link to="/trainings/coverage">{t('competence.coverageLink')}</Link>
        </p>
      )}
      {list.isPending && <Loading />}
      {list.isError && <ProblemAlert error={list.error} />}
      {list.data && <MyTrainings trainings={list.data.items} />}
      {list.data && (
        <section className="card" aria-labelledby="trainings-list">
          <h2 id="trainings-list">{t('competence.trainings')}</h2>
          <ul className="governance-list">
            {list.data.items.map((x) => (
              <TrainingItem key={x.id} training={x} />
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** "Mina utbildningar": what the caller completed (attended), and what they registered for. */
function MyTrainings({ trainings }: { trainings: Training[] }) {
  const { t } = useGovernanceT();
  const completed = trainings.flatMap((x) => {
    const attended = x.sessions.filter((s) => s.mine === 'attended').at(-1);
    return attended ? [{ training: x, session: attended }] : [];
  });
  const registered = trainings.flatMap((x) =>
    x.sessions.filter((s) => s.mine === 'registered').map((s) => ({ training: x, session: s })),
  );
  return (
    <section className="card" aria-labelledby="my-trainings">
      <h2 id="my-trainings">{t('competence.mine')}</h2>
      {completed.length === 0 ? (
        <p>{t('competence.mineNone')}</p>
      ) : (
        <ul>
          {completed.map(({ training, session }) => (
            <li key={training.id}>
              {t('competence.mineItem', {
                name: training.name,
                date: formatDate(session.heldOn),
              })}
            </li>
          ))}
        </ul>
      )}
      {registered.length > 0 && (
        <ul>
          {registered.map(({ training, session }) => (
            <li key={session.id}>
              {t('competence.mineRegistered', {
                name: training.name,
                date: formatDate(session.heldOn),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function TrainingItem({ training: x }: { training: Training }) {
  const { t } = useGovernanceT();
  return (
    <li className="governance-item" aria-labelledby={`training-${x.id}`}>
      <h3 id={`training-${x.id}`}>
        {x.name} {x.completed && <Badge tone="ok">{t('competence.completed')}</Badge>}
      </h3>
      <p>{x.description}</p>
      {x.sessions.length === 0 ? (
        <p className="meta">{t('competence.noSessions')}</p>
      ) : (
        <ul>
          {x.sessions.map((s) => (
            <SessionItem key={s.id} training={x} session={s} />
          ))}
        </ul>
      )}
      {x.mayRun && <PlanSessionForm training={x} />}
    </li>
  );
}

function SessionItem({ training, session: s }: { training: Training; session: Session }) {
  const { t } = useGovernanceT();
  const register = useRegister(s.id);
  const [message, setMessage] = useState<string>();
  // Attendance is recorded once the day has come; until then the session is upcoming.
  const held = s.heldOn <= todayInStockholm();
  const date = formatDate(s.heldOn);
  return (
    <li>
      <p>
        <strong>
          {s.place
            ? t('competence.session', { date, place: s.place })
            : t('competence.sessionNoPlace', { date })}
        </strong>{' '}
        · {t('competence.registeredCount', { count: s.registered })}
        {held &&
          (s.attended > 0 ? (
            <> · {t('competence.attendedCount', { count: s.attended })}</>
          ) : (
            <> · {t('competence.attendanceMissing')}</>
          ))}
        {!held && <> · {t('competence.upcoming')}</>}{' '}
        {s.mine === 'attended' && <Badge tone="ok">{t('competence.youAttended')}</Badge>}
        {s.mine === 'registered' && <Badge tone="info">{t('competence.youRegistered')}</Badge>}
      </p>
      <StatusMessage>{message}</StatusMessage>
      {register.isError && <ProblemAlert error={register.error} />}
      {s.mine === 'none' && s.heldOn >= todayInStockholm() && (
        <p>
          <button
            type="button"
            className="button-secondary"
            disabled={register.isPending}
            onClick={() =>
              register.mutate(undefined, {
                onSuccess: () =>
                  setMessage(t('competence.registered', { name: training.name, date })),
              })
            }
          >
            {t('competence.register', { date })}
          </button>
        </p>
      )}
      {training.mayRun && held && <AttendanceForm session={s} />}
    </li>
  );
}
