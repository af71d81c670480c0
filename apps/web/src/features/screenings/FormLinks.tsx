import { Link } from 'react-router-dom';
import { useScreeningsT } from './i18n';
import { formPath } from './PersonPage';

/** The forms, in the order they are usually used at a visit. */
export const FORMS = [
  'audit',
  'dudit',
  'lifestyle',
  'violence',
  'drug-test',
  'asi',
  'criteria',
] as const;
export type FormSlug = (typeof FORMS)[number];

export function FormLinks({ personId }: { personId: string }) {
  const { t } = useScreeningsT();
  return (
    <ul className="form-links">
      {FORMS.map((form) => (
        <li key={form}>
          <Link to={formPath(personId, form)} className="button button-small">
            {t(`links.${form}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
