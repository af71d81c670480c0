import { useState } from 'react';
import type { CreateDisclosureBody, Person } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors, NamedOptions } from '../../components/form';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { mayWorkWithPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCareT } from './i18n';
import { useDisclose, usePersonDisclosures } from './queries';

type Ground = CreateDisclosureBody['ground'];
const GROUNDS: readonly Ground[] = ['child-at-risk-report', 'unborn-child-protection'];

function DiscloseForm({ personId, onDone }: { personId: string; onDone: (sent: boolean) => void }) {
  const { t } = useCareT();
  const me = useMe();
  const organisations = useOrganisations();
  const send = useDisclose(personId);
  const [ground, setGround] = useState<Ground | ''>('');
  const [recipient, setRecipient] = useState('');
  const [content, setContent] = useState('');
  const recipients = (organisations.data ?? []).filter(
    (o) =>
      o.id !== me.organisation?.id &&
      (ground === 'child-at-risk-report'
        ? o.kind === 'municipality'
        : o.kind !== 'private-provider'),
  );
  const form = useFormSubmit({
    check: (): Errors => {
      const found: Errors = {};
      if (!ground) found.ground = t('disclosure.errors.ground');
      if (!recipient) found.recipientOrganisationId = t('disclosure.errors.recipient');
      if (!content.trim()) found.content = t('disclosure.errors.content');
      return found;
    },
    send: () =>
      send.mutateAsync({
        ground: ground as Ground,
        recipientOrganisationId: recipient,
        content: content.trim(),
      }),
    onSuccess: () => onDone(true),
  });
  return (
    <Form form={form} className="form inline-panel" aria-labelledby="disclose-heading">
      <h3 id="disclose-heading">{t('disclosure.formHeading')}</h3>
      <p>{t('disclosure.formIntro')}</p>
      <Form.Alerts />
      <Form.Choices<Ground>
        type="radio"
        name="ground"
        path="ground"
        requiredMark
        label={t('disclosure.ground')}
        options={GROUNDS.map((value) => ({
          value,
          label: t(`disclosure.grounds.${value}`),
          hint: t(`disclosure.groundHints.${value}`),
        }))}
        value={ground ? [ground] : []}
        onChange={(v) => {
          setGround(v[0] ?? '');
          setRecipient('');
        }}
      />
      <Form.Select
        path="recipientOrganisationId"
        label={t('disclosure.recipient')}
        requiredMark
        value={recipient}
        onChange={(e) => setRecipient(e.target.value)}
      >
        <NamedOptions choose={t('disclosure.chooseRecipient')} items={recipients} />
      </Form.Select>
      <Form.TextArea
        path="content"
        label={t('disclosure.content')}
        hint={t('disclosure.contentHint')}
        requiredMark
        limit={8000}
        {...bindValue(content, setContent)}
      />
      <Form.Actions
        submitLabel={t('disclosure.submit')}
        cancel={{ onClick: () => onDone(false) }}
      />
    </Form>
  );
}

/** What the caller's organisation disclosed about the person on a legal ground, and "Lämna uppgifter". */
export function DisclosuresSection({ person }: { person: Person }) {
  const { t } = useCareT();
  const me = useMe();
  const list = usePersonDisclosures(person.id);
  const [open, setOpen] = useState(false);
  const [sent, setSent] = useState(false);
  return (
    <section className="card" aria-labelledby="disclosures-heading">
      <h2 id="disclosures-heading">{t('disclosure.heading')}</h2>
      <StatusMessage>{sent && t('disclosure.sent')}</StatusMessage>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ProblemAlert error={list.error} />
      ) : list.data.length === 0 ? (
        <p>{t('disclosure.none')}</p>
      ) : (
        <ul className="plain-list">
          {list.data.map((d) => (
            <li key={d.id}>
              <strong>{t(`disclosure.grounds.${d.ground}`)}</strong> {formatDateTime(d.disclosedAt)}{' '}
              · {t('disclosure.to', { organisation: d.recipientOrganisationName })} · {d.content}
            </li>
          ))}
        </ul>
      )}
      {mayWorkWithPersons(me) &&
        (open ? (
          <DiscloseForm
            personId={person.id}
            onDone={(done) => {
              setOpen(false);
              setSent(done);
            }}
          />
        ) : (
          <button
            type="button"
            className="button"
            onClick={() => {
              setSent(false);
              setOpen(true);
            }}
          >
            {t('disclosure.open')}
          </button>
        ))}
    </section>
  );
}
