import { useEffect } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import type { PublicService, PublicServices } from '@vardflata/contracts';
import type { PublicLanguage } from '@vardflata/domain';
import { api } from '../../api';
import { LANGUAGES, WORDS } from './words';
import './public-services.css';

const isLanguage = (v: string | null): v is PublicLanguage => LANGUAGES.some((l) => l.code === v);

/**
 * The public service directory (F17): no sign-in, five languages, Arabic right to left; one
 * column on a phone, plain when printed. The page's language and direction are the document's,
 * so a screen reader reads it in the right voice.
 */
export function PublicDirectoryPage() {
  const [params] = useSearchParams();
  const asked = params.get('lang');
  const lang: PublicLanguage = isLanguage(asked) ? asked : 'sv';
  const w = WORDS[lang];
  const query = useQuery({
    queryKey: ['public-services', lang],
    queryFn: () => api.get<PublicServices>('/api/public/services', { lang }),
  });
  const direction = query.data?.direction ?? (lang === 'ar' ? 'rtl' : 'ltr');

  useEffect(() => {
    const root = document.documentElement;
    const before = { lang: root.lang, dir: root.dir };
    root.lang = lang;
    root.dir = direction;
    document.title = `${w.title} – Vårdfläta`;
    return () => {
      root.lang = before.lang;
      root.dir = before.dir;
    };
  }, [lang, direction, w.title]);

  const groups = new Map<string, PublicService[]>();
  for (const s of query.data?.items ?? []) {
    groups.set(s.categoryLabel, [...(groups.get(s.categoryLabel) ?? []), s]);
  }

  return (
    <div className="public-directory" dir={direction} lang={lang}>
      <header className="public-header">
        <nav aria-label={w.languages} className="public-languages">
          <ul>
            {LANGUAGES.map((l) => (
              <li key={l.code}>
                <Link
                  to={`/hjalp?lang=${l.code}`}
                  lang={l.code}
                  hrefLang={l.code}
                  aria-current={l.code === lang ? 'page' : undefined}
                >
                  {l.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1} className="public-main">
        <h1>{w.title}</h1>
        <p className="public-intro">{w.intro}</p>
        <p className="public-emergency">
          <strong>{w.emergency}</strong>
        </p>
        {query.isPending && <p role="status">{w.loading}</p>}
        {query.isError && <p role="alert">{w.failed}</p>}
        {[...groups.entries()].map(([label, services]) => (
          <section key={label} aria-labelledby={`cat-${services[0]!.category}`}>
            <h2 id={`cat-${services[0]!.category}`}>{label}</h2>
            <ul className="public-services">
              {services.map((s) => (
                <ServiceCard key={s.id} service={s} lang={lang} />
              ))}
            </ul>
          </section>
        ))}
        <p className="public-print">
          <button type="button" onClick={() => window.print()}>
            {w.print}
          </button>
        </p>
      </main>
      <footer className="public-footer">
        <a href="/">{w.staffSignIn}</a>
      </footer>
    </div>
  );
}

function ServiceCard({ service: s, lang }: { service: PublicService; lang: PublicLanguage }) {
  const w = WORDS[lang];
  const fallback = s.lang !== lang;
  return (
    <li className="public-service" id={`service-${s.id}`}>
      <article aria-labelledby={`name-${s.id}`}>
        <h3 id={`name-${s.id}`} lang={s.lang}>
          {s.name}
        </h3>
        <p className="public-org">{s.organisation.name}</p>
        {fallback && <p className="public-note">{w.notTranslated}</p>}
        <p lang={s.lang}>{s.description}</p>
        <h4>{w.how}</h4>
        <p lang={s.lang}>{s.howTo}</p>
        <dl>
          {s.phone && (
            <>
              <dt>{w.phone}</dt>
              <dd>
                <a href={`tel:${s.phone.replace(/[^\d+]/g, '')}`} dir="ltr">
                  {s.phone}
                </a>
              </dd>
            </>
          )}
          {s.address && (
            <>
              <dt>{w.address}</dt>
              <dd lang="sv">{s.address}</dd>
            </>
          )}
          {s.openingHours && (
            <>
              <dt>{w.hours}</dt>
              <dd lang={s.lang}>{s.openingHours}</dd>
            </>
          )}
        </dl>
        {s.related.length > 0 && (
          <p>
            {w.related}:{' '}
            {s.related.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                <a href={`#service-${r.id}`}>
                  {r.name} ({r.organisation})
                </a>
              </span>
            ))}
          </p>
        )}
      </article>
    </li>
  );
}
