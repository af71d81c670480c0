import { useEffect, useRef, useState } from 'react';
import { focusLater } from '../../lib/focus';
import { useTranslation } from 'react-i18next';
import type { CareRelation, Person } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { Badge, StatusMessage } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { mayReadPersons } from '../../lib/roles';
import { useMe } from '../auth/session';
import { useCloseCareRelation } from './queries';

/** The units that have (had) the person in their care; the caller may close their own unit's. */
export function CareRelations({
  person,
  onClosedOwn,
}: {
  person: Person;
  onClosedOwn: () => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const [closing, setClosing] = useState<CareRelation | null>(null);
  const [done, setDone] = useState<string>();
  const heading = useRef<HTMLHeadingElement>(null);
  const relations = [...person.careRelations].sort(
    (a, b) => (a.closedAt ? 1 : 0) - (b.closedAt ? 1 : 0) || b.openedAt.localeCompare(a.openedAt),
  );
  const mayClose = (r: CareRelation) =>
    mayReadPersons(me) && r.closedAt === null && r.unitId === me.unit?.id;

  return (
    <section className="card" aria-labelledby="relations-heading">
      <h2 id="relations-heading" ref={heading} tabIndex={-1}>
        {t('relations.heading')}
      </h2>
      <StatusMessage>{done}</StatusMessage>
      {relations.length === 0 ? (
        <p>{t('relations.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('relations.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('common.unit')}</th>
                <th scope="col">{t('common.organisation')}</th>
                <th scope="col">{t('relations.opened')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('common.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {relations.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    {r.unitName}
                    {r.unitId === me.unit?.id && (
                      <>
                        {' '}
                        <Badge tone="info">{t('relations.yourUnit')}</Badge>
                      </>
                    )}
                  </th>
                  <td>{r.organisationName}</td>
                  <td>{formatDate(r.openedAt)}</td>
                  <td>
                    {r.closedAt ? (
                      <>
                        <Badge>{t('relations.closedOn', { date: formatDate(r.closedAt) })}</Badge>
                        {r.closeReason && (
                          <div className="small">
                            {t('relations.reason', { reason: r.closeReason })}
                          </div>
                        )}
                      </>
                    ) : (
                      <Badge tone="ok">{t('relations.open')}</Badge>
                    )}
                  </td>
                  <td>
                    {mayClose(r) && (
                      <button
                        type="button"
                        className="button button-small"
                        aria-expanded={closing?.id === r.id}
                        onClick={() => setClosing(closing?.id === r.id ? null : r)}
                      >
                        {t('relations.close')}
                        <span className="visually-hidden"> – {r.unitName}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {closing && (
        <CloseRelationForm
          personId={person.id}
          relation={closing}
          onCancel={() => {
            setClosing(null);
            focusLater(heading);
          }}
          onClosed={() => {
            setClosing(null);
            setDone(t('relations.closedMessage', { unit: closing.unitName }));
            if (closing.unitId === me.unit?.id) onClosedOwn();
            focusLater(heading);
          }}
        />
      )}
    </section>
  );
}

function CloseRelationForm({
  personId,
  relation,
  onCancel,
  onClosed,
}: {
  personId: string;
  relation: CareRelation;
  onCancel: () => void;
  onClosed: () => void;
}) {
  const { t } = useTranslation();
  const close = useCloseCareRelation(personId);
  const [reason, setReason] = useState('');
  const ref = useRef<HTMLTextAreaElement>(null);
  useEffect(() => ref.current?.focus(), []);
  const form = useFormSubmit({
    check: (): Errors => (reason.trim() ? {} : { reason: t('relations.reasonRequired') }),
    send: () => close.mutateAsync({ relationId: relation.id, reason: reason.trim() }),
    onSuccess: onClosed,
  });

  return (
    <Form form={form} className="form inline-panel" aria-labelledby="close-relation-heading">
      <h3 id="close-relation-heading">
        {t('relations.closeHeading', { unit: relation.unitName })}
      </h3>
      <p className="alert alert-warning">{t('relations.closeWarning')}</p>
      <Form.Alerts />
      <Form.TextArea
        ref={ref}
        label={t('relations.reasonLabel')}
        name="reason"
        path="reason"
        required
        limit={2000}
        {...bindValue(reason, setReason)}
      />
      <Form.Actions
        submitLabel={t('relations.confirmClose')}
        tone="danger"
        cancel={{ onClick: onCancel }}
      />
    </Form>
  );
}
