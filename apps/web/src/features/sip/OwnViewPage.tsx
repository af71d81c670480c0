import { Link, useParams } from 'react-router-dom';
import { LoadedPage } from '../../components/LoadedPage';
import { PageHeading } from '../../components/PageHeading';
import { formatDate } from '../../lib/format';
import { sipPath } from './helpers';
import { useSipT } from './i18n';
import { pdfPath, useOwnView } from './queries';
import './sip.css';
import type { SipOwnView } from './types';

/**
 * The person's own view of the plan (F3): plain Swedish, large text, to read together on the
 * screen or to print (the print stylesheet leaves out everything but the plan). The text comes
 * from the server in Swedish whatever the interface language, so it is marked lang="sv".
 */
export function OwnViewPage() {
  const { t } = useSipT();
  const { sipId = '' } = useParams();
  const view = useOwnView(sipId);

  return (
    <LoadedPage
      query={view}
      title={t('ownView.pageTitle')}
      notFound={{ title: t('page.notFoundTitle'), body: t('page.notFoundBody') }}
    >
      {(v) => <OwnView sipId={sipId} view={v} />}
    </LoadedPage>
  );
}

/** The person's own view as read. */
function OwnView({ sipId, view: v }: { sipId: string; view: SipOwnView }) {
  const { t } = useSipT();
  return (
    <div className="own-view-page">
      <nav className="breadcrumb no-print" aria-label={t('page.breadcrumb')}>
        <Link to={sipPath(sipId)}>{t('ownView.back')}</Link>
      </nav>
      <div className="own-view-tools no-print">
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('ownView.print')}
        </button>
        <a className="button" href={pdfPath(sipId, 'person')}>
          {t('ownView.pdf')}
        </a>
      </div>
      <article className="own-view" lang="sv" data-testid="own-view">
        <PageHeading title={t('ownView.pageTitle')}>{v.title}</PageHeading>
        <p className="own-view-intro">{v.intro}</p>
        {v.sections.map((s) => (
          <section key={s.heading} className="own-view-section">
            <h2>{s.heading}</h2>
            {s.paragraphs.map((p, i) => (
              <p key={i}>{p}</p>
            ))}
            {s.items.length > 0 && (
              <ul>
                {s.items.map((item, i) => (
                  <li key={i}>{item}</li>
                ))}
              </ul>
            )}
          </section>
        ))}
        <p className="own-view-date">
          {t('ownView.printedOn', { lng: 'sv', date: formatDate(v.generatedOn) })}
        </p>
      </article>
    </div>
  );
}
