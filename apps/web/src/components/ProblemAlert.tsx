import { useTranslation } from 'react-i18next';
import { isApiError } from '../api';
import { problemDetail, problemMessage, translateFieldMessage } from '../lib/errors';

interface Props {
  error: unknown;
  /** Field paths already shown beside their fields; the rest are listed here. */
  shownFields?: readonly string[];
}

/** A refusal or failure from the server, announced at once (role="alert"). */
export function ProblemAlert({ error, shownFields = [] }: Props) {
  const { t } = useTranslation();
  if (!error) return null;
  const detail = problemDetail(error);
  const others = isApiError(error)
    ? error.fieldErrors.filter(
        (e) =>
          !shownFields.some(
            (f) => e.path === f || e.path.startsWith(`${f}[`) || e.path.startsWith(`${f}.`),
          ),
      )
    : [];
  return (
    <div className="alert alert-error" role="alert">
      <p>{problemMessage(t, error)}</p>
      {detail && (
        <p className="alert-detail">
          {t('errors.serverSaid')} <span lang="en">{detail}</span>
        </p>
      )}
      {others.length > 0 && (
        <ul>
          {others.map((e) => (
            <li key={`${e.path}:${e.message}`}>
              <code>{e.path}</code>: {translateFieldMessage(t, e.message)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
