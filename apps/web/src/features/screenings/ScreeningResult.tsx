import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import { INSTRUMENTS } from '@vardflata/domain';
import { formatDate } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { historyPath } from './PersonPage';
import { AuditReading, DuditReading } from './ScreeningReading';
import { isAudit, isDudit, type Screening } from './types';

/** The stored result, as the server scored it; focus moves here after saving. */
export function ScreeningResult({
  screening,
  person,
  onAgain,
}: {
  screening: Screening;
  person: Person;
  onAgain: () => void;
}) {
  const { t, text } = useScreeningsT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const definition = INSTRUMENTS[screening.instrument];
  const anchor = screening.instrument === 'AUDIT' ? '#trend-audit' : '#trend-dudit';

  return (
    <section
      className="card result-card"
      aria-labelledby="result-heading"
      data-testid="screening-result"
    >
      <h2 id="result-heading" ref={heading} tabIndex={-1}>
        {t('result.heading', { instrument: screening.instrument, count: screening.total })}
      </h2>
      <p className="muted">
        {t('result.recorded', {
          date: formatDate(screening.performedAt),
          name: screening.recordedByName,
          organisation: [screening.unitName, screening.organisationName].filter(Boolean).join(', '),
        })}
        {screening.filledInBy === 'person' && ` ${t('result.filledInByPerson')}`}
      </p>
      {isAudit(screening) && (
        <AuditReading
          total={screening.total}
          interpretation={screening.interpretation}
          sex={person.sex}
        />
      )}
      {isDudit(screening) && (
        <DuditReading
          total={screening.total}
          interpretation={screening.interpretation}
          sex={person.sex}
        />
      )}
      <details className="answers-details">
        <summary>{t('result.answersSummary')}</summary>
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('result.answersSummary')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('result.item')}</th>
                <th scope="col">{t('result.answer')}</th>
                <th scope="col" className="num">
                  {t('result.pointsColumn')}
                </th>
              </tr>
            </thead>
            <tbody>
              {definition.items.map((item, i) => {
                const option = item.options[screening.answers[i] ?? -1];
                return (
                  <tr key={item.id}>
                    <th scope="row">
                      {item.number}. {text(item.text)}
                    </th>
                    <td>{option ? text(option.label) : '—'}</td>
                    <td className="num">{screening.points[i] ?? '—'}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      <div className="actions">
        <Link to={`${historyPath(person.id)}${anchor}`} className="button button-primary">
          {t('result.toHistory')}
        </Link>
        <Link to={`/persons/${encodeURIComponent(person.id)}`} className="button">
          {t('frame.backToPerson')}
        </Link>
        <button type="button" className="button" onClick={onAgain}>
          {t('result.again', { instrument: screening.instrument })}
        </button>
      </div>
    </section>
  );
}
