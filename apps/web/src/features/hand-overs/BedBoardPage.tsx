import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { WithdrawalRequest } from '@vardflata/contracts';
import { isApiError } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { AdmitForm, DischargeForm, TriageForm } from './BedActions';
import { useCareT } from './i18n';
import { requestPerson } from './people';
import { useBedBoard, useQueue } from './queries';
import './hand-overs.css';

function PersonCell({ r }: { r: WithdrawalRequest }) {
  const { t } = useCareT();
  const name = requestPerson(t, r);
  return r.person && r.status !== 'waiting' ? (
    <Link to={`/persons/${encodeURIComponent(r.personId)}`}>{name}</Link>
  ) : (
    <>{name}</>
  );
}

/** The bed board of the addiction centre: capacity, occupancy, the queue, discharge. */
export function BedBoardPage() {
  const { t } = useCareT();
  const me = useMe();
  const mayAct = mayWorkWithPersons(me);
  const board = useBedBoard();
  const queue = useQueue(board.isSuccess);
  const [discharging, setDischarging] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const title = t('board.title');

  if (board.isPending) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        <Loading />
      </>
    );
  }
  if (board.isError) {
    return (
      <>
        <PageHeading title={title}>{title}</PageHeading>
        {isApiError(board.error) && board.error.status === 403 ? (
          <p>{t('board.notBedUnit')}</p>
        ) : (
          <ProblemAlert error={board.error} />
        )}
      </>
    );
  }
  const unit = board.data.units[0]!;
  const waiting = queue.data ?? [];
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('board.intro', { unit: unit.unitName })}</p>
      <StatusMessage>{done && t('discharge.done')}</StatusMessage>
      <section className="card" aria-labelledby="bed-figures">
        <h2 id="bed-figures">{t('board.figures')}</h2>
        <dl className="figures" data-testid="bed-figures">
          <div>
            <dt>{t('board.beds')}</dt>
            <dd>{unit.beds}</dd>
          </div>
          <div>
            <dt>{t('board.occupied')}</dt>
            <dd>{unit.occupied}</dd>
          </div>
          <div>
            <dt>{t('board.free')}</dt>
            <dd>{unit.free}</dd>
          </div>
          <div>
            <dt>{t('board.waiting')}</dt>
            <dd>{unit.waiting}</dd>
          </div>
        </dl>
      </section>

      <section className="card" aria-labelledby="bed-admitted">
        <h2 id="bed-admitted">{t('board.admittedHeading')}</h2>
        {unit.admitted.length === 0 ? (
          <p>{t('board.noneAdmitted')}</p>
        ) : (
          <div className="table-wrap">
            <table className="table table-compact">
              <thead>
                <tr>
                  <th scope="col">{t('board.person')}</th>
                  <th scope="col">{t('board.admittedAt')}</th>
                  <th scope="col">{t('board.from')}</th>
                  {mayAct && <th scope="col">{t('board.actions')}</th>}
                </tr>
              </thead>
              <tbody>
                {unit.admitted.map((r) => (
                  <tr key={r.id}>
                    <td>
                      <PersonCell r={r} />
                    </td>
                    <td>{r.admittedAt ? formatDateTime(r.admittedAt) : ''}</td>
                    <td>{r.requestingUnitName}</td>
                    {mayAct && (
                      <td>
                        <button
                          type="button"
                          className="button button-small"
                          onClick={() => {
                            setDone(false);
                            setDischarging(r.id);
                          }}
                        >
                          {t('discharge.open', { person: requestPerson(t, r) })}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {discharging && unit.admitted.some((r) => r.id === discharging) && (
          <DischargeForm
            request={unit.admitted.find((r) => r.id === discharging)!}
            onCancel={() => setDischarging(null)}
            onDone={() => {
              setDischarging(null);
              setDone(true);
            }}
          />
        )}
      </section>

      <section className="card" aria-labelledby="bed-queue">
        <h2 id="bed-queue">{t('board.queueHeading')}</h2>
        <p className="muted">{t('board.queueHint')}</p>
        {queue.isPending ? (
          <Loading />
        ) : queue.isError ? (
          <ProblemAlert error={queue.error} />
        ) : waiting.length === 0 ? (
          <p>{t('board.noneWaiting')}</p>
        ) : (
          <ol className="queue-list" data-testid="bed-queue">
            {waiting.map((r) => (
              <li key={r.id} className="card card-muted">
                <p>
                  <strong>{requestPerson(t, r)}</strong> · {t('board.from')} {r.requestingUnitName}{' '}
                  {r.prioritised && <Badge tone="info">{t('board.prioritised')}</Badge>}
                </p>
                <ul className="plain-list">
                  <li>
                    {t('board.urgency')}: {t(`urgencies.${r.urgency ?? 'untriaged'}`)}
                  </li>
                  <li>
                    {t('board.motivated')}: {r.medicallyMotivated ? t('board.yes') : t('board.no')}
                  </li>
                  <li>
                    {t('board.plan')}: {r.partOfCoordinatedPlan ? t('board.yes') : t('board.no')}
                  </li>
                  {r.daysWaited !== null && (
                    <li>
                      {t('board.waited')}: {t('board.days', { count: r.daysWaited })}
                    </li>
                  )}
                  {r.reason && (
                    <li>
                      {t('board.reason')}: {r.reason}
                    </li>
                  )}
                </ul>
                {mayAct && (
                  <>
                    <TriageForm request={r} />
                    <AdmitForm request={r} />
                  </>
                )}
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}
