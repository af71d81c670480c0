import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Badge, Loading } from '../../components/Status';
import { Form } from '../../components/form';
import { formatDate, formatDateTime } from '../../lib/format';
import { ChangeList } from './ChangeList';
import { sipPath } from './helpers';
import { useSipT } from './i18n';
import { pdfPath, useHistory, useVersionDiff, useVersions } from './queries';
import type { SipDetail, SipHistoryItem, SipVersionSummary } from './types';

/** Follow-ups held: each goal and intervention as evaluated, the decision and the next date. */
export function FollowUpsSection({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  const plan = sip.plan;
  const goalText = (id: string) =>
    plan.goals.find((g) => g.id === id)?.text ?? t('followUps.removedGoal');
  const ivText = (id: string) =>
    plan.interventions.find((i) => i.id === id)?.description ?? t('followUps.removedIntervention');
  return (
    <section
      className="card"
      aria-labelledby="follow-ups-heading"
      id="follow-ups"
      data-testid="follow-ups"
    >
      <h2 id="follow-ups-heading">{t('followUps.heading')}</h2>
      {sip.followUps.length === 0 ? (
        <p className="muted">{t('followUps.none')}</p>
      ) : (
        <ol className="plain-list follow-up-list">
          {[...sip.followUps].reverse().map((f) => (
            <li key={f.id} className="follow-up">
              <h3>
                {t('followUps.itemHeading', { date: formatDate(f.heldOn) })}{' '}
                <Badge tone="info">{t(`decision.${f.decision}`)}</Badge>
              </h3>
              <p className="small">
                {t('followUps.meta', {
                  version: f.planVersion,
                  name: f.recordedBy.name,
                  at: formatDateTime(f.recordedAt),
                })}
              </p>
              <div className="evaluation-grid">
                <div>
                  <h4>{t('followUps.goals')}</h4>
                  <ul>
                    {f.goals.map((g) => (
                      <li key={g.goalId}>
                        {goalText(g.goalId)}:{' '}
                        <strong>{t(`goalStatus.${g.status}`, { defaultValue: g.status })}</strong>
                        {g.note && <span className="muted"> – {g.note}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
                <div>
                  <h4>{t('followUps.interventions')}</h4>
                  <ul>
                    {f.interventions.map((iv) => (
                      <li key={iv.interventionId}>
                        {ivText(iv.interventionId)}:{' '}
                        <strong>
                          {t(`interventionStatus.${iv.status}`, { defaultValue: iv.status })}
                        </strong>
                        {iv.reason && <span className="muted"> – {iv.reason}</span>}
                        {iv.note && <span className="muted"> – {iv.note}</span>}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
              {f.nextFollowUpOn && (
                <p>{t('followUps.next', { date: formatDate(f.nextFollowUpOn) })}</p>
              )}
              {f.note && <p className="quote">{f.note}</p>}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The printed plan, the person's own version and the invitation letter. */
export function DocumentsSection({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  return (
    <section className="card" aria-labelledby="documents-heading" id="documents">
      <h2 id="documents-heading">{t('documents.heading')}</h2>
      <ul className="document-links">
        <li>
          <Link to={`${sipPath(sip.id)}/own-view`}>{t('documents.ownView')}</Link>
          <span className="small"> – {t('documents.ownViewHint')}</span>
        </li>
        <li>
          <a href={pdfPath(sip.id, 'participants')}>{t('documents.planPdf')}</a>
          <span className="small"> – {t('documents.planPdfHint')}</span>
        </li>
        <li>
          <a href={pdfPath(sip.id, 'person')}>{t('documents.personPdf')}</a>
          <span className="small"> – {t('documents.personPdfHint')}</span>
        </li>
      </ul>
    </section>
  );
}

function DiffPanel({
  sip,
  version,
  versions,
}: {
  sip: SipDetail;
  version: SipVersionSummary;
  versions: readonly SipVersionSummary[];
}) {
  const { t } = useSipT();
  const [against, setAgainst] = useState(version.version - 1);
  const diff = useVersionDiff(sip.id, version.version, against, true);
  return (
    <div className="inline-panel diff-panel" data-testid="version-diff">
      <h3 id="diff-heading" tabIndex={-1}>
        {against >= 1
          ? t('versions.diffHeading', { version: version.version, against })
          : t('versions.diffHeadingFirst', { version: version.version })}
      </h3>
      <p className="small">
        {t('versions.savedBy', {
          name: version.savedBy.name,
          place: [version.unitName, version.organisationName].filter(Boolean).join(', '),
          at: formatDateTime(version.savedAt),
        })}
      </p>
      {version.version > 1 && (
        <Form.Select
          className="field-medium"
          label={t('versions.compareWith')}
          value={String(against)}
          onChange={(e) => setAgainst(Number(e.target.value))}
        >
          {versions
            .filter((v) => v.version < version.version)
            .map((v) => (
              <option key={v.version} value={String(v.version)}>
                {t('versions.versionN', { version: v.version })}
              </option>
            ))}
        </Form.Select>
      )}
      {diff.isPending && <Loading />}
      <ProblemAlert error={diff.error} />
      {diff.data && <ChangeList changes={diff.data.changes} plan={sip.plan} />}
    </div>
  );
}

/** Every saved version: who saved it, when, what changed; a version's changes on request. */
export function VersionsSection({ sip }: { sip: SipDetail }) {
  const { t } = useSipT();
  const [open, setOpen] = useState(false);
  const [shown, setShown] = useState<number | null>(null);
  const versions = useVersions(sip.id, open);
  const selected = versions.data?.find((v) => v.version === shown);
  return (
    <section className="card" aria-labelledby="versions-heading" id="versions">
      <h2 id="versions-heading">{t('versions.heading')}</h2>
      <details onToggle={(e) => setOpen((e.target as HTMLDetailsElement).open)}>
        <summary>{t('versions.show', { count: sip.version })}</summary>
        {versions.isPending && open && <Loading />}
        <ProblemAlert error={versions.error} />
        {versions.data && (
          <div className="table-wrap">
            <table className="table table-compact" data-testid="versions-table">
              <caption className="visually-hidden">{t('versions.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('versions.version')}</th>
                  <th scope="col">{t('versions.saved')}</th>
                  <th scope="col">{t('versions.by')}</th>
                  <th scope="col">{t('versions.what')}</th>
                  <th scope="col">
                    <span className="visually-hidden">{t('common.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {versions.data.map((v) => (
                  <tr key={v.version}>
                    <th scope="row">
                      {v.version}{' '}
                      <span className="small">({t(`versions.kinds.${v.changeKind}`)})</span>
                    </th>
                    <td className="nowrap">{formatDateTime(v.savedAt)}</td>
                    <td>
                      {v.savedBy.name}
                      {(v.unitName || v.organisationName) && (
                        <span className="small">
                          <br />
                          {[v.unitName, v.organisationName].filter(Boolean).join(', ')}
                        </span>
                      )}
                    </td>
                    <td>
                      {v.changed.length ? v.changed.join(', ') : <span className="muted">–</span>}
                    </td>
                    <td>
                      {v.changeCount > 0 && (
                        <button
                          type="button"
                          className="button button-small"
                          aria-expanded={shown === v.version}
                          onClick={() => {
                            setShown(shown === v.version ? null : v.version);
                            setTimeout(() => document.getElementById('diff-heading')?.focus());
                          }}
                        >
                          {t('versions.showChanges')}
                          <span className="visually-hidden">
                            {' '}
                            {t('versions.versionN', { version: v.version })}
                          </span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        {selected && versions.data && (
          <DiffPanel key={selected.version} sip={sip} version={selected} versions={versions.data} />
        )}
      </details>
    </section>
  );
}

/** Who did what, when: the SIP's events and the consent events that froze or freed it. */
export function HistorySection({ sip }: { sip: SipDetail }) {
  const { t, lang } = useSipT();
  const history = useHistory(sip.id);
  /** The event in words: the server's Swedish sentence, or ours where a count needs plural forms. */
  const historyText = (h: SipHistoryItem): string => {
    const d = h.detail ?? {};
    if (h.type === 'plan-saved' && typeof d.changes === 'number')
      return t('history.planSaved', { version: d.version, count: d.changes });
    return lang === 'sv' ? h.text : t(`history.types.${h.type}`, { defaultValue: h.text });
  };
  return (
    <section className="card" aria-labelledby="history-heading" id="history">
      <h2 id="history-heading">{t('history.heading')}</h2>
      <details>
        <summary>{t('history.show', { count: history.data?.length ?? 0 })}</summary>
        {history.isPending && <Loading />}
        <ProblemAlert error={history.error} />
        {history.data && (
          <ol className="history-list" data-testid="history">
            {[...history.data].reverse().map((h, i) => (
              <li key={`${h.at}-${i}`}>
                <span className="history-time">{formatDateTime(h.at)}</span>
                <span className="history-text">{historyText(h)}</span>
                {h.by && (
                  <span className="small history-by">
                    {h.by.name}
                    {(h.unitName || h.organisationName) &&
                      `, ${[h.unitName, h.organisationName].filter(Boolean).join(', ')}`}
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
      </details>
    </section>
  );
}
