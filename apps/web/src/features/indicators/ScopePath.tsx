import { useIndicatorsT } from './i18n';

interface Step {
  name: string;
  /** Absent on the scope shown (the last step). */
  onOpen?: (() => void) | undefined;
}

/** Where the dashboard stands: the county, then an organisation or a reception, then a unit. */
export function ScopePath({ steps }: { steps: Step[] }) {
  const { t } = useIndicatorsT();
  return (
    <nav className="scope-path" aria-label={t('scope.label')}>
      <ol>
        {steps.map((s, i) => (
          <li key={i}>
            {s.onOpen ? (
              <button type="button" className="link-button" onClick={s.onOpen}>
                {s.name}
              </button>
            ) : (
              <span aria-current="page">{s.name}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
