import { Link, useSearchParams } from 'react-router-dom';
import { Form } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDate, formatPin } from '../../lib/format';
import { personName } from '../persons/personName';
import { SipStatusBadges } from '../sip/Lifecycle';
import { useSipList } from '../sip/queries';
import { useWorklistT } from './i18n';
import { useWorklist } from './queries';
import type { Scope, WorklistItem, WorklistKind } from './types';
import './worklist.css';
// care: care chains
import { HandOvers } from '../hand-overs/HandOvers';
// contacts: booked contacts whose day has passed (0020-c)
import { ContactOutcomes } from './ContactOutcomes';
// carecircle:
import { CareWorklistSection } from '../care-records/CareWorklistSection';
import { MyPersonsSection } from '../care-records/MyPersonsSection';

/** The groups in the order of urgency (the server's order). */
export const KINDS: readonly WorklistKind[] = [
  'follow-up-overdue',
  'plan-frozen',
  'invitation-to-answer',
  'meeting-this-week',
  'follow-up-due',
  'invitation-unanswered',
  'consent-expiring',
  'first-meeting-waiting',
  'plan-inactive',
];

const TONE: Record<WorklistKind, 'danger' | 'warn' | 'info' | 'neutral'> = {
  'follow-up-overdue': 'danger',
  'plan-frozen': 'warn',
  'invitation-to-answer': 'info',
  'meeting-this-week': 'info',
  'follow-up-due': 'warn',
  'invitation-unanswered': 'warn',
  'consent-expiring': 'warn',
  'first-meeting-waiting': 'warn',
  'plan-inactive': 'neutral',
};

const sipLink = (id: string) => `/sips/${encodeURIComponent(id)}`;

function Days({ item }: { item: WorklistItem }) {
  const { t } = useWorklistT();
  if (item.days === null) return null;
  const text =
    item.days < 0
      ? t('days.ago', { count: -item.days })
      : item.days === 0
        ? t('days.today')
        : t('days.in', { count: item.days });
  return <Badge tone={item.days < 0 ? TONE[item.kind] : 'neutral'}>{text}</Badge>;
}

function Item({ item }: { item: WorklistItem }) {
  const { t, lang } = useWorklistT();
  const name = personName(t, item.person);
  return (
    <li className="work-item" data-testid="work-item">
      <div className="work-item-head">
        <Link to={sipLink(item.sipId)} className="work-item-link">
          {name}
          <span className="visually-hidden"> – {t(`kinds.${item.kind}.item`)}</span>
        </Link>
        <span className="pin small">{formatPin(item.person.personalIdentityNumber)}</span>
        <Days item={item} />
      </div>
      <p className="work-item-text" lang={lang === 'sv' ? undefined : 'sv'}>
        {item.text}
      </p>
      {item.dueOn && (
        <p className="small">
          {t(`kinds.${item.kind}.date`)}: {formatDate(item.dueOn)}
        </p>
      )}
    </li>
  );
}

/** SIPs of mine or my unit, with status, for the way into a plan that has nothing due. */
function SipList({ scope }: { scope: Scope }) {
  const { t } = useWorklistT();
  const sips = useSipList(scope);
  return (
    <section className="card" aria-labelledby="sips-heading">
      <h2 id="sips-heading">{t(`sips.heading.${scope}`)}</h2>
      {sips.isPending && <Loading />}
      <ProblemAlert error={sips.error} />
      {sips.data && sips.data.length === 0 && <p>{t('sips.none')}</p>}
      {sips.data && sips.data.length > 0 && (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t(`sips.heading.${scope}`)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('sips.person')}</th>
                <th scope="col">{t('sips.status')}</th>
                <th scope="col">{t('sips.owner')}</th>
                <th scope="col">{t('sips.coordinator')}</th>
                <th scope="col">{t('sips.next')}</th>
              </tr>
            </thead>
            <tbody>
              {sips.data.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={sipLink(s.id)}>{personName(t, s.person)}</Link>
                    <br />
                    <span className="pin small">{formatPin(s.person.personalIdentityNumber)}</span>
                  </th>
                  <td>
                    <SipStatusBadges sip={s} />
                  </td>
                  <td>{s.unit.name}</td>
                  <td>{s.coordinator?.name ?? '–'}</td>
                  <td className="nowrap">
                    {s.nextFollowUpOn ? formatDate(s.nextFollowUpOn) : '–'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/**
 * "Att göra" (F7): what is due on the SIPs of the signed-in user (mine) or also their unit's,
 * grouped by kind in order of urgency, each with the person and a way into the plan.
 */
export function WorklistPage() {
  const { t } = useWorklistT();
  const [params, setParams] = useSearchParams();
  const scope: Scope = params.get('scope') === 'mine' ? 'mine' : 'unit';
  const worklist = useWorklist(scope);
  const items = worklist.data?.items ?? [];
  // contacts: a booked contact whose day has passed is the unit's own to record, not a hand-over.
  const handOvers = worklist.data?.handOvers ?? [];
  const isOutcome = (i: (typeof handOvers)[number]) => i.kind === 'contact-outcome-missing';
  const groups = KINDS.map((kind) => ({
    kind,
    items: items.filter((i) => i.kind === kind),
  })).filter((g) => g.items.length > 0);

  return (
    <>
      <PageHeading title={t('page.title')}>{t('page.title')}</PageHeading>
      <p className="lead">{t('page.intro')}</p>
      <div className="worklist-scope">
        <Form.Choices
          type="radio"
          name="scope"
          label={t('scope.label')}
          inline
          options={(['mine', 'unit'] as const).map((s) => ({ value: s, label: t(`scope.${s}`) }))}
          value={[scope]}
          onChange={([s]) => setParams(s === 'mine' ? { scope: 'mine' } : {}, { replace: true })}
        />
      </div>
      <StatusMessage hidden>
        {worklist.data && t('page.count', { count: items.length })}
      </StatusMessage>
      {worklist.isPending && <Loading />}
      <ProblemAlert error={worklist.error} />
      {/* care: hand-overs of the care chains */}
      {worklist.data && <HandOvers items={handOvers.filter((i) => !isOutcome(i))} />}
      {worklist.data && <ContactOutcomes items={handOvers.filter(isOutcome)} />}
      {worklist.data && (
        <>
          {groups.length === 0 ? (
            <div className="card">
              <p className="worklist-empty">
                <span aria-hidden="true">✓ </span>
                {t('page.empty')}
              </p>
            </div>
          ) : (
            <nav className="card worklist-summary" aria-label={t('page.summary')}>
              <ul>
                {groups.map((g) => (
                  <li key={g.kind}>
                    <a href={`#group-${g.kind}`}>{t(`kinds.${g.kind}.heading`)}</a>{' '}
                    <Badge tone={TONE[g.kind]}>{g.items.length}</Badge>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {groups.map((g) => (
            <section
              key={g.kind}
              id={`group-${g.kind}`}
              className={`card work-group work-group-${TONE[g.kind]}`}
              aria-labelledby={`group-${g.kind}-heading`}
              data-testid={`group-${g.kind}`}
            >
              <h2 id={`group-${g.kind}-heading`}>
                {t(`kinds.${g.kind}.heading`)}{' '}
                <span className="work-count">({g.items.length})</span>
              </h2>
              <p className="section-intro">{t(`kinds.${g.kind}.intro`)}</p>
              <ul className="work-list">
                {g.items.map((item, i) => (
                  <Item
                    key={`${item.sipId}-${item.participantId ?? item.consentId ?? item.meetingId ?? i}`}
                    item={item}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      {/* carecircle: the care chain's items (interventions, referrals, circle, LVM/LVU) */}
      <CareWorklistSection />
      <MyPersonsSection />
      <SipList scope={scope} />
    </>
  );
}
