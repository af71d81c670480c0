import { useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { SurveyInvitation } from '@vardflata/contracts';
import { SURVEY_KINDS, SURVEYS, type SurveyKind } from '@vardflata/domain';
import { api } from '../../api';
import { Form, useFormSubmit } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { QrCode } from '../../components/QrCode';
import { formatDate } from '../../lib/format';
import { useSurveysT } from './i18n';

/**
 * The staff hand a client a one-time survey link (F10), as the link and as a QR code to scan.
 * The invitation names no client; the link is shown only now, as the server keeps no copy.
 */
export function InvitePage() {
  const { t, text } = useSurveysT();
  const [kind, setKind] = useState<SurveyKind>('uiv');
  const [made, setMade] = useState<SurveyInvitation | null>(null);
  const invite = useMutation({
    mutationFn: (body: { kind: SurveyKind }) =>
      api.post<SurveyInvitation>('/api/surveys/invitations', body),
  });
  const form = useFormSubmit({
    send: () => invite.mutateAsync({ kind }),
    onSuccess: setMade,
  });
  const link = made ? `${window.location.origin}${made.path}` : null;
  return (
    <>
      <PageHeading title={t('invite.title')}>{t('invite.title')}</PageHeading>
      <p className="lead">{t('invite.lead')}</p>
      <Form form={form} className="card form" aria-label={t('invite.title')}>
        <Form.Alerts />
        <Form.Select
          path="kind"
          label={t('invite.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value as SurveyKind)}
        >
          {SURVEY_KINDS.map((k) => (
            <option key={k} value={k}>
              {text(SURVEYS[k].name)}
            </option>
          ))}
        </Form.Select>
        <Form.Actions submitLabel={t('invite.create')} />
      </Form>
      {made && link && (
        <section className="card" aria-labelledby="survey-link-heading">
          <h2 id="survey-link-heading">{text(SURVEYS[made.kind].name)}</h2>
          <p role="status">{t('invite.made')}</p>
          <p>
            {t('invite.link')}:{' '}
            <span className="survey-link" data-testid="survey-link">
              {link}
            </span>
          </p>
          <p>{t('invite.expires', { date: formatDate(made.expiresOn) })}</p>
          <QrCode link={link} label={t('invite.qr')} />
        </section>
      )}
    </>
  );
}
