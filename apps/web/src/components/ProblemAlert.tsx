import { useTranslation } from 'react-i18next';
import { isApiError, type FieldError } from '../api';
import { problemDetail, problemMessage, translateFieldMessage } from '../lib/errors';

interface Props {
  error: unknown;
  /** Field paths already shown beside their fields; the rest are listed here. */
  shownFields?: readonly string[];
  /** The field errors to list, when the form has already sorted out which it shows itself. */
  others?: readonly FieldError[];
}

/** A refusal or failure from the server, announced at once (role="alert"). */
export function ProblemAlert({ error, shownFields = [], others }: Props) {
  const { t } = useTranslation();
  if (!error && !others?.length) return null;
  const detail = problemDetail(error);
  const listed =
    others ??
    (isApiError(error)
      ? error.fieldErrors.filter(
          (e) =>
            !shownFields.some(
              (f) => e.path === f || e.path.startsWith(`${f}[`) || e.path.startsWith(`${f}.`),
            ),
        )
      : []);
  return (
    <div className="alert alert-error" role="alert">
      <p>{error ? problemMessage(t, error) : t('errors.badRequest')}</p>
      {detail && (
        <p className="alert-detail">
          {t('errors.serverSaid')} <span lang="en">{detail}</span>
        </p>
      )}
      {listed.length > 0 && (
        <ul>
          {listed.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {translateFieldMessage(t, e.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
