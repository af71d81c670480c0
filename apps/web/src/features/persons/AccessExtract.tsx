import { useState } from 'react';
import { ProblemAlert } from '../../components/ProblemAlert';
import { Loading, StatusMessage } from '../../components/Status';
import { useMe } from '../auth/session';
import { ExtractDays } from './access-extract/ExtractDays';
import { useExtractT } from './access-extract/i18n';
import { useAccessExtract } from './queries';

const pdfUrl = (personId: string, lang: 'sv' | 'en') =>
  `/api/persons/${encodeURIComponent(personId)}/access-extract.pdf?lang=${lang}`;

/**
 * The register extract (registerutdrag, PDL 4 kap 3 §) to hand to the person: when, and at
 * which unit of the caller's organisation, their data was accessed — in words, per day, and
 * as a PDF to print. Fetched on request, because producing it is logged too.
 */
export function AccessExtract({ personId }: { personId: string }) {
  const { t, lang } = useExtractT();
  const me = useMe();
  const organisation = me.organisation?.name ?? '';
  const [requested, setRequested] = useState(false);
  const extract = useAccessExtract(personId, requested);

  return (
    <section className="card print-section" aria-labelledby="extract-heading">
      <h2 id="extract-heading">{t('heading')}</h2>
      <p>{t('intro', { organisation })}</p>
      {!requested ? (
        <button type="button" className="button" onClick={() => setRequested(true)}>
          {t('show')}
        </button>
      ) : (
        <>
          {extract.isPending && <Loading />}
          <ProblemAlert error={extract.error} />
          <StatusMessage>
            {extract.data && t('count', { count: extract.data.days.length })}
          </StatusMessage>
          {extract.data && extract.data.days.length === 0 && (
            <p>{t('none', { organisation: extract.data.organisationName })}</p>
          )}
          {extract.data && extract.data.days.length > 0 && <ExtractDays extract={extract.data} />}
          {extract.data && (
            <div className="actions no-print">
              <a
                className="button button-primary"
                href={pdfUrl(personId, lang)}
                target="_blank"
                rel="noopener"
              >
                {t('pdf')}
              </a>
              {lang === 'sv' && (
                <a
                  className="button"
                  href={pdfUrl(personId, 'en')}
                  target="_blank"
                  rel="noopener"
                  lang="en"
                >
                  {t('pdfEnglish')}
                </a>
              )}
              <button type="button" className="button" onClick={() => void extract.refetch()}>
                {t('refresh')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
