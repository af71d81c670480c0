import type { SipPlan } from '@vardflata/domain';
import { Badge } from '../../components/Status';
import { useSipT } from './i18n';
import type { SipPlanChange } from './types';
import { fieldOfPath, useValueText } from './valueText';

const KIND_TONE = { added: 'ok', removed: 'danger', changed: 'info' } as const;

/**
 * Readable plan changes: what (the field's label), how (added, removed, changed, in words)
 * and the values before and after. In Swedish the server's own sentence is used, which already
 * names units and organisations.
 */
export function ChangeList({
  changes,
  plan,
  testId,
}: {
  changes: readonly SipPlanChange[];
  plan: SipPlan | null;
  testId?: string;
}) {
  const { t, lang, label } = useSipT();
  const valueText = useValueText(plan);
  if (changes.length === 0) return <p className="muted">{t('changes.none')}</p>;
  return (
    <ul className="change-list" data-testid={testId}>
      {changes.map((c, i) => {
        const field = fieldOfPath(c.path);
        return (
          <li key={`${c.path}-${i}`}>
            <Badge tone={KIND_TONE[c.kind]}>{t(`changes.kinds.${c.kind}`)}</Badge>{' '}
            {lang === 'sv' ? (
              <span>{c.text}</span>
            ) : (
              <span>
                <strong>{label(c.label)}</strong>
                {c.kind !== 'added' && (
                  <>
                    {' '}
                    {t('changes.before')}: “{valueText(c.before, field)}”
                  </>
                )}
                {c.kind !== 'removed' && (
                  <>
                    {' '}
                    {t('changes.after')}: “{valueText(c.after, field)}”
                  </>
                )}
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
