import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import { ChoiceGroup, TextAreaField, TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading } from '../../components/Status';
import { focusLater } from '../../lib/focus';
import { formatDate, isIsoDate, todayInStockholm } from '../../lib/format';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { serverErrors } from './errors';
import { sipPath } from './helpers';
import { useSipT } from './i18n';
import { SipStatusBadges } from './Lifecycle';
import { usePersonSips, usePropose, type ProposeInput } from './queries';
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
  const formRef = useRef<HTMLFormElement>(null);
  const headingId = useId();
  const [source, setSource] = useState<ProposalSourceKind>('staff');
  const [sourceName, setSourceName] = useState('');
  const [proposedOn, setProposedOn] = useState(todayInStockholm());
  const [note, setNote] = useState('');
  const [dateError, setDateError] = useState<string>();
  useEffect(() => headingRef.current?.focus(), []);
  const fromServer = serverErrors(t, propose.error);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const date = proposedOn.trim();
    const error = !date
      ? t('form.dateRequired')
      : !isIsoDate(date)
        ? t('form.dateInvalid')
        : date > todayInStockholm()
          ? t('form.dateFuture')
          : undefined;
    setDateError(error);
    if (error) {
      formRef.current?.querySelector<HTMLInputElement>('[name="proposedOn"]')?.focus();
      return;
    }
    const input: ProposeInput = {
      proposedOn: date,
      source:
        source === 'guardian' || source === 'school'
          ? { kind: source, ...(sourceName.trim() ? { name: sourceName.trim() } : {}) }
          : { kind: source },
      ...(note.trim() ? { note: note.trim() } : {}),
    };
    propose.mutate(input, {
      onSuccess: (sip) => navigate(sipPath(sip.id), { state: { proposed: true } }),
    });
  };

  return (
    <form
      ref={formRef}
      className="form inline-panel"
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      data-testid="propose-sip-form"
    >
      <h3 id={headingId} ref={headingRef} tabIndex={-1}>
        {t('propose.heading')}
      </h3>
      <p>{t('propose.intro')}</p>
      <ProblemAlert error={propose.error} shownFields={['proposedOn']} />
      <ChoiceGroup
        type="radio"
        name="source"
        label={t('propose.source')}
        options={SOURCES.map((s) => ({
          value: s,
          label: t(`sources.${s}`),
          hint: t(`sourceHints.${s}`),
        }))}
        value={[source]}
        onChange={([s]) => setSource(s ?? 'staff')}
      />
      {(source === 'guardian' || source === 'school') && (
        <TextField
          label={t(`propose.sourceName.${source}`)}
          value={sourceName}
          onChange={(e) => setSourceName(e.target.value)}
        />
      )}
      <TextField
        type="date"
        name="proposedOn"
        max={todayInStockholm()}
        className="field-date"
        label={t('propose.proposedOn')}
        hint={t('propose.proposedOnHint')}
        value={proposedOn}
        error={dateError ?? fromServer.proposedOn}
        required
        onChange={(e) => setProposedOn(e.target.value)}
      />
      <TextAreaField
        label={t('propose.note')}
        hint={t('propose.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={propose.isPending}>
          {propose.isPending ? t('common.saving') : t('propose.submit')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
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
