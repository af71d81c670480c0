import type { RegisterExtract, RegisterExtractEntry } from '@vardflata/contracts';
import { TIME_ZONE } from '../../../lib/format';
import { useExtractT } from './i18n';
import './extract.css';

const LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;

function dayText(date: string, lang: 'sv' | 'en'): string {
  const text = new Intl.DateTimeFormat(LOCALE[lang], {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${date}T12:00:00Z`));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const timeText = (iso: string, lang: 'sv' | 'en') =>
  new Intl.DateTimeFormat(LOCALE[lang], {
    hour: '2-digit',
    minute: '2-digit',
    timeZone: TIME_ZONE,
  }).format(new Date(iso));

function Entry({ entry }: { entry: RegisterExtractEntry }) {
  const { t, lang } = useExtractT();
  const first = timeText(entry.firstAt, lang);
  const last = timeText(entry.lastAt, lang);
  return (
    <li>
      <span className="extract-what">
        {entry.place} {entry.text[lang]}
      </span>{' '}
      <span className="extract-when">
        ({t('times', { count: entry.count })},{' '}
        {first === last ? t('at', { time: first }) : t('between', { first, last })})
      </span>
    </li>
  );
}

/** The extract's days, newest first: one line per unit and kind of access, in words. */
export function ExtractDays({ extract }: { extract: RegisterExtract }) {
  const { t, lang } = useExtractT();
  return (
    <div className="extract-days" data-testid="access-extract">
      <h3 className="visually-hidden">{t('daysHeading')}</h3>
      {extract.days.map((day) => (
        <section key={day.date} className="extract-day" aria-labelledby={`extract-${day.date}`}>
          <h4 id={`extract-${day.date}`}>{dayText(day.date, lang)}</h4>
          <ul>
            {day.entries.map((entry) => (
              <Entry key={`${entry.place}|${entry.text.sv}`} entry={entry} />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
