import './governance.css';
import { useState } from 'react';
import type { Deviation } from '@vardflata/contracts';
import { DEVIATION_CATEGORIES, type DeviationCategory } from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors, NamedOptions } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading, StatusMessage } from '../../components/Status';
import { formatDateTime } from '../../lib/format';
import { useOrganisations } from '../../lib/organisations';
import { useGovernanceT } from './i18n';
import { useDeviations, useHandleDeviation, useReportDeviation } from './queries';
import { OneTextForm, useGovernanceServerErrors } from './shared';

/** Deviations (F13): report one; see, answer and close those that are yours. */
export function DeviationsPage() {
  const { t } = useGovernanceT();
  const list = useDeviations();
  return (
    <>
      <PageHeading title={t('deviations.title')}>{t('deviations.title')}</PageHeading>
      <p className="section-intro">{t('deviations.intro')}</p>
      <ReportForm />
      <section aria-labelledby="deviations-list" className="card">
        <h2 id="deviations-list">{t('deviations.list')}</h2>
        {list.isPending && <Loading />}
        {list.isError && <ProblemAlert error={list.error} />}
        {list.data?.items.length === 0 && <p>{t('deviations.none')}</p>}
        <ul className="governance-list">
          {list.data?.items.map((d) => (
            <DeviationItem key={d.id} deviation={d} />
          ))}
        </ul>
      </section>
    </>
  );
}

function ReportForm() {
  const { t } = useGovernanceT();
  const organisations = useOrganisations();
  const report = useReportDeviation();
  const server = useGovernanceServerErrors();
  const [category, setCategory] = useState<DeviationCategory[]>([]);
  const [concerns, setConcerns] = useState('');
  const [description, setDescription] = useState('');
  const [message, setMessage] = useState<string>();
  const form = useFormSubmit({
    check: (): Errors => ({
      ...(category.length ? {} : { category: t('deviations.chooseCategory') }),
      ...(concerns ? {} : { concernsOrganisationId: t('deviations.chooseOrganisation') }),
      ...(description.trim() ? {} : { description: t('deviations.required') }),
    }),
    server,
    send: () => {
      setMessage(undefined);
      return report.mutateAsync({
        category: category[0]!,
        concernsOrganisationId: concerns,
        description: description.trim(),
      });
    },
    onSuccess: (d) => {
      setCategory([]);
      setConcerns('');
      setDescription('');
      setMessage(t('deviations.reported', { organisation: d.concernsOrganisation.name }));
    },
  });
  return (
    <Form form={form} className="card form" aria-labelledby="report-deviation">
      <h2 id="report-deviation">{t('deviations.report')}</h2>
      <StatusMessage>{message}</StatusMessage>
      <Form.Alerts />
      <Form.Choices
        type="radio"
        name="category"
        path="category"
        label={t('deviations.category')}
        requiredMark
        options={DEVIATION_CATEGORIES.map((c) => ({ value: c, label: t(`categories.${c}`) }))}
        value={category}
        onChange={(v) => {
          setCategory(v);
          form.clear('category');
        }}
      />
      <Form.Select
        path="concernsOrganisationId"
        label={t('deviations.concerns')}
        required
        value={concerns}
        onChange={(e) => setConcerns(e.target.value)}
      >
        <NamedOptions choose={t('common.choose')} items={organisations.data} />
      </Form.Select>
      <Form.TextArea
        path="description"
        label={t('deviations.description')}
        hint={t('deviations.descriptionHint')}
        rows={4}
        limit={4000}
        required
        {...bindValue(description, setDescription)}
      />
      <Form.Actions submitLabel={t('deviations.submit')} />
    </Form>
  );
}

function DeviationItem({ deviation: d }: { deviation: Deviation }) {
  const { t } = useGovernanceT();
  const answer = useHandleDeviation(d.id, 'answer');
  const close = useHandleDeviation(d.id, 'close');
  const place = [d.reportedBy.unitName, d.reporterOrganisation?.name].filter(Boolean).join(', ');
  return (
    <li className="governance-item" aria-labelledby={`deviation-${d.id}`}>
      <h3 id={`deviation-${d.id}`}>
        {t(`categories.${d.category}`)} – {t('deviations.concernsLabel')}{' '}
        {d.concernsOrganisation.name}{' '}
        <Badge tone={d.status === 'closed' ? 'neutral' : 'warn'}>
          {t(`deviationStatus.${d.status}`)}
        </Badge>
      </h3>
      <p className="meta">
        {t('deviations.reportedBy', {
          date: formatDateTime(d.reportedAt),
          name: d.reportedBy.name,
          place,
        })}
      </p>
      <p>{d.description}</p>
      {d.answer && (
        <p>
          <strong>{t('deviations.answer')}:</strong> {d.answer} ({d.answeredBy})
        </p>
      )}
      {d.actionTaken && (
        <p>
          <strong>{t('deviations.actionTakenShown')}:</strong> {d.actionTaken} ({d.closedBy})
        </p>
      )}
      {d.mayAnswer && (
        <OneTextForm
          id={`answer-${d.id}`}
          heading={t('deviations.answerLabel')}
          label={t('deviations.answer')}
          submitLabel={t('deviations.answerSubmit')}
          path="answer"
          send={(text) => answer.mutateAsync({ answer: text })}
        />
      )}
      {d.mayClose && (
        <OneTextForm
          id={`close-${d.id}`}
          heading={t('deviations.close')}
          label={t('deviations.actionTaken')}
          submitLabel={t('deviations.closeSubmit')}
          path="actionTaken"
          send={(text) => close.mutateAsync({ actionTaken: text })}
        />
      )}
    </li>
  );
}
