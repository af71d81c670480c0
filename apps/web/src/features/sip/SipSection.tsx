import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { focusLater } from '../../lib/focus';
import { formatDate, todayInStockholm } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { sipServerErrors } from './errors';
import { sipPath } from './helpers';
import { useSipT } from './i18n';
import { SipStatusBadges } from './Lifecycle';
import { usePersonSips, usePropose } from './queries';
import './sip.css';
import type { ProposalSourceKind, SipSummary } from './types';

const SOURCES: readonly ProposalSourceKind[] = ['staff', 'person', 'guardian', 'school'];

/**
 * The person overview links to the consents section as `#consents` (from the SIP page, when
 * consent is missing or the plan is frozen): bring that section into view and focus its heading.
 */
function useConsentsAnchor() {
  const { hash } = useLocation();
  useEffect(() => {
    if (hash !== '#consents') return;
    // After the shell has moved focus to the page's h1.
    const timer = setTimeout(() => {
      const heading = document.getElementById('consents-heading');
      if (!heading) return;
      heading.setAttribute('tabindex', '-1');
      heading.scrollIntoView({ block: 'start' });
      heading.focus();
    }, 50);
    return () => clearTimeout(timer);
  }, [hash]);
}

function ProposeSipForm({ personId, onCancel }: { personId: string; onCancel: () => void }) {
  const { t } = useSipT();
  const navigate = useNavigate();
  const propose = usePropose(personId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const [source, setSource] = useState<ProposalSourceKind>('staff');
  const [sourceName, setSourceName] = useState('');
  const [proposedOn, setProposedOn] = useState(todayInStockholm());
  const [note, setNote] = useState('');
  useEffect(() => headingRef.current?.focus(), []);
  const named = source === 'guardian' || source === 'school';
  const form = useFormSubmit({
    server: sipServerErrors(t),
    send: () =>
      propose.mutateAsync({
        proposedOn: proposedOn.trim(),
        source: named
          ? { kind: source, ...(sourceName.trim() ? { name: sourceName.trim() } : {}) }
          : { kind: source as Exclude<ProposalSourceKind, 'guardian' | 'school'> },
        ...(note.trim() ? { note: note.trim() } : {}),
      }),
    onSuccess: (sip) => navigate(sipPath(sip.id), { state: { proposed: true } }),
  });

  return (
    <Form
      form={form}
      className="form inline-panel"
      aria-labelledby={headingId}
      data-testid="propose-sip-form"
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('propose.heading')}
      </h3>
      <p>{t('propose.intro')}</p>
      <Form.Alerts />
      <Form.Choices
        type="radio"
        name="source"
        path="source.kind"
        label={t('propose.source')}
        options={SOURCES.map((s) => ({
          value: s,
          label: t(`sources.${s}`),
          hint: t(`sourceHints.${s}`),
        }))}
        value={[source]}
        onChange={([s]) => setSource(s ?? 'staff')}
      />
      {named && (
        <Form.Text
          path="source.name"
          label={t(`propose.sourceName.${source}`)}
          {...bindValue(sourceName, setSourceName)}
        />
      )}
      <Form.Date
        path="proposedOn"
        label={t('propose.proposedOn')}
        hint={t('propose.proposedOnHint')}
        value={proposedOn}
        required
        max={todayInStockholm()}
        maxMessage={t('form.dateFuture')}
        onChange={(e) => setProposedOn(e.target.value)}
      />
      <Form.TextArea
        path="note"
        label={t('propose.note')}
        hint={t('propose.noteHint')}
        limit={4000}
        {...bindValue(note, setNote)}
      />
      <Form.Actions submitLabel={t('propose.submit')} cancel={{ onClick: onCancel }} />
    </Form>
  );
}

function SipListItem({ sip }: { sip: SipSummary }) {
  const { t } = useSipT();
  return (
    <li className="sip-item" data-testid="sip-item">
      <div className="sip-item-head">
        <Link to={sipPath(sip.id)} className="sip-item-link">
          {t('section.itemTitle', { date: formatDate(sip.proposedOn) })}
        </Link>
        <span className="sip-item-badges">
          <SipStatusBadges sip={sip} />
        </span>
      </div>
      <dl className="facts facts-inline">
        <div>
          <dt>{t('section.owner')}</dt>
          <dd>{sip.unit.name}</dd>
        </div>
        <div>
          <dt>{t('facts.coordinator')}</dt>
          <dd>{sip.coordinator?.name ?? t('facts.notSet')}</dd>
        </div>
        <div>
          <dt>{t('facts.nextFollowUp')}</dt>
          <dd>{sip.nextFollowUpOn ? formatDate(sip.nextFollowUpOn) : t('facts.notSet')}</dd>
        </div>
        <div>
          <dt>{t('section.version')}</dt>
          <dd>{sip.planVersion}</dd>
        </div>
      </dl>
    </li>
  );
}

/** SIP (F3) on the person overview: the person's SIPs and "Föreslå SIP". */
export function SipSection({ person }: { person: Person }) {
  const { t } = useSipT();
  const me = useMe();
  const sips = usePersonSips(person.id);
  const [proposing, setProposing] = useState(false);
  const proposeButton = useRef<HTMLButtonElement>(null);
  const mayWrite = mayWorkWithPersons(me);
  useConsentsAnchor();

  return (
    <section className="card" aria-labelledby="sip-heading" data-testid="sip-section">
      <div className="section-head">
        <h2 id="sip-heading">{t('section.heading')}</h2>
        {mayWrite && !proposing && (
          <button
            ref={proposeButton}
            type="button"
            className="button"
            aria-expanded={false}
            onClick={() => setProposing(true)}
          >
            {t('section.propose')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('section.intro')}</p>
      {proposing && (
        <ProposeSipForm
          personId={person.id}
          onCancel={() => {
            setProposing(false);
            focusLater(proposeButton);
          }}
        />
      )}
      {sips.isPending && <Loading />}
      <ProblemAlert error={sips.error} />
      {sips.data && sips.data.length === 0 && <p>{t('section.none')}</p>}
      {sips.data && sips.data.length > 0 && (
        <ul className="sip-list">
          {sips.data.map((s) => (
            <SipListItem key={s.id} sip={s} />
          ))}
        </ul>
      )}
    </section>
  );
}
