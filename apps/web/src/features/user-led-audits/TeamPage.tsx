import './audits.css';
import { isApiError } from '../../api';
import { PageHeading } from '../../components/PageHeading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { STATUS_TONE } from './status';
import { useAuditsT } from './i18n';
import { useTeamView } from './queries';
import { ReportView, ResultsView } from './ResultsView';
import { CollectSteps, QuestionsEditor, ReportSteps } from './TeamSteps';

/**
 * The audit team's work page behind an auditor's team link (no sign-in): questions while a
 * draft, links and paper answers while collecting, results and the report while compiling,
 * then the published report and the unit's answer.
 */
export function TeamPage({ token }: { token: string }) {
  const { t } = useAuditsT();
  const view = useTeamView(token);
  if (view.isPending) return <Loading />;
  if (view.isError)
    return (
      <>
        <PageHeading title={t('team.heading')}>{t('team.heading')}</PageHeading>
        {isApiError(view.error) && view.error.status === 404 ? (
          <p>{t('team.gone')}</p>
        ) : (
          <ProblemAlert error={view.error} />
        )}
      </>
    );
  const a = view.data;
  return (
    <>
      <PageHeading title={a.title}>
        {a.title} <Badge tone={STATUS_TONE[a.status]}>{t(`status.${a.status}`)}</Badge>
      </PageHeading>
      <p className="lead">
        {a.unitName} · {t('period', { from: formatDate(a.periodFrom), to: formatDate(a.periodTo) })}
      </p>
      <p className="audit-meta">
        {a.userOrganisation} · {t('team.you', { name: a.auditorName })}
      </p>
      {a.status === 'draft' && <QuestionsEditor token={token} view={a} />}
      {a.status === 'collecting' && <CollectSteps token={token} view={a} />}
      {a.status === 'compiling' && a.results && (
        <>
          <ResultsView results={a.results} id="team" />
          <ReportSteps token={token} view={a} />
        </>
      )}
      {(a.status === 'published' || a.status === 'answered') && a.results && (
        <>
          <ReportView report={a} id="team" />
          <ResultsView results={a.results} id="team" />
        </>
      )}
    </>
  );
}
