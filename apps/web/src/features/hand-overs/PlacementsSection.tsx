import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { Person, Placement } from '@vardflata/contracts';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate, formatDateTime } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { ConfirmChangeForm, PlacementActForm } from './PlacementActs';
import { PlacementForm } from './PlacementForm';
import { usePersonPlacements } from './queries';
import './hand-overs.css';

type Act = 'medication' | 'report' | 'meeting' | 'end';

function PlacementCard({ personId, placement }: { personId: string; placement: Placement }) {
  const { t } = useCareT();
  const me = useMe();
  const [act, setAct] = useState<Act | null>(null);
  const open = placement.status === 'planned';
  const placer = me.organisation?.id === placement.placingOrganisationId;
  const laroPhysician = me.roles.includes('physician') && me.unit?.id === placement.laroUnitId;
  const acts: Act[] =
    mayWorkWithPersons(me) && open
      ? ['medication', 'report', ...(placer ? (['meeting', 'end'] as const) : [])]
      : [];
  return (
    <li className="card card-muted" data-testid="placement">
      <h3>
        {t('placement.at', { provider: placement.providerUnitName })}{' '}
        <Badge tone={open ? 'info' : 'neutral'}>{t(`placement.status.${placement.status}`)}</Badge>
      </h3>
      <ul className="plain-list">
        <li>
          {t('placement.plannedStart')}: {formatDate(placement.plannedStart)}
          {placement.endedOn && ` – ${formatDate(placement.endedOn)}`}
        </li>
        <li>
          {t('placement.placedBy')}: {placement.placingUnitName}
        </li>
        <li>{t('placement.healthCare', { organisation: placement.healthCareOrganisationName })}</li>
        {placement.laroUnitName && (
          <li>
            {t('placement.laroUnit')}: {placement.laroUnitName}
          </li>
        )}
        <li>
          {t('placement.costSplit')}:{' '}
          {placement.costSplit.map((c) => `${c.organisationName} ${c.percent} %`).join(', ')}
        </li>
        <li>
          <Link to={`/sips/${encodeURIComponent(placement.sipId)}`}>{t('placement.sipLink')}</Link>
        </li>
        {placement.endOutcome && (
          <li>
            {t('placement.outcome')}: {placement.endOutcome}
          </li>
        )}
      </ul>
      {placement.events.length > 0 && (
        <>
          <h4>{t('placement.events')}</h4>
          <ul className="plain-list">
            {placement.events.map((e) => (
              <li key={e.id}>
                <strong>{t(`placement.eventKinds.${e.kind}`)}</strong> {formatDateTime(e.at)} ·{' '}
                {e.kind === 'discharge-meeting' && e.meetingAt
                  ? `${formatDateTime(e.meetingAt)}, ${e.text}`
                  : e.text}{' '}
                · {e.recordedUnitName}
                {e.recipientUnitNames.length > 0 &&
                  ` · ${t('placement.to', { units: e.recipientUnitNames.join(', ') })}`}
                {e.kind === 'medication-change' &&
                  (e.confirmedAt ? (
                    <>
                      {' '}
                      <Badge tone="ok">
                        {t('placement.confirmed', { name: e.confirmedByName ?? '' })}
                      </Badge>
                    </>
                  ) : (
                    <>
                      {' '}
                      <Badge tone="warn">{t('placement.unconfirmed')}</Badge>
                      {laroPhysician && open && (
                        <ConfirmChangeForm
                          personId={personId}
                          placement={placement}
                          eventId={e.id}
                        />
                      )}
                    </>
                  ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {act ? (
        <PlacementActForm
          personId={personId}
          placement={placement}
          act={act}
          onDone={() => setAct(null)}
        />
      ) : (
        acts.length > 0 && (
          <p className="button-row">
            {acts.map((a) => (
              <button
                key={a}
                type="button"
                className="button button-small"
                onClick={() => setAct(a)}
              >
                {t(`acts.${a}.open`)}
              </button>
            ))}
          </p>
        )
      )}
    </li>
  );
}

/** The person's HVB placements and "Placera på HVB" (seed 000). */
export function PlacementsSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const placements = usePersonPlacements(person.id);
  const [open, setOpen] = useState(false);
  const [placed, setPlaced] = useState(false);
  const mayPlace = mayWorkWithPersons(me) && me.organisation?.kind === 'municipality';
  return (
    <section className="card" aria-labelledby="placements-heading">
      <h2 id="placements-heading">{t('placement.heading')}</h2>
      <StatusMessage>{placed && t('placement.placed')}</StatusMessage>
      {placements.isPending ? (
        <Loading />
      ) : placements.isError ? (
        <ProblemAlert error={placements.error} />
      ) : placements.data.length === 0 ? (
        <p>{t('placement.none')}</p>
      ) : (
        <ul className="plain-list">
          {placements.data.map((p) => (
            <PlacementCard key={p.id} personId={person.id} placement={p} />
          ))}
        </ul>
      )}
      {mayPlace &&
        (open ? (
          <PlacementForm
            personId={person.id}
            onCancel={() => setOpen(false)}
            onPlaced={() => {
              setOpen(false);
              setPlaced(true);
            }}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setPlaced(false);
              setOpen(true);
            }}
          >
            {t('placement.open')}
          </button>
        ))}
    </section>
  );
}
