import { useEffect, useRef, useState, type FormEvent } from 'react';
import { labelFor, type SipPlan } from '@vardflata/domain';
import { formatDateTime } from '../../lib/format';
import { ChangeList } from './ChangeList';
import { setAtPath } from './helpers';
import { useSipT } from './i18n';
import type { MergeConflict, StaleVersionProblem } from './types';
import { fieldOfPath, useValueText } from './valueText';

type Choice = 'mine' | 'theirs' | 'both';

/** Text on both sides can be kept together; other values are one or the other. */
const bothPossible = (c: MergeConflict) =>
  typeof c.mine === 'string' && typeof c.theirs === 'string' && c.mine.trim() && c.theirs.trim();

function chosenValue(c: MergeConflict, choice: Choice): unknown {
  if (choice === 'mine') return c.mine ?? null;
  if (choice === 'theirs') return c.theirs ?? null;
  return `${String(c.mine).trim()}\n\n${String(c.theirs).trim()}`;
}

/** The goal or intervention a path is about, in words, so two conflicts are told apart. */
function entityOf(path: string, plans: readonly SipPlan[]): string | null {
  const m = /^(goals|interventions)\[id=([^\]]+)\]/.exec(path);
  if (!m) return null;
  for (const plan of plans) {
    if (m[1] === 'goals') {
      const g = plan.goals.find((x) => x.id === m[2]);
      if (g?.text.trim()) return g.text.trim();
    } else {
      const iv = plan.interventions.find((x) => x.id === m[2]);
      if (iv?.description.trim()) return iv.description.trim();
    }
  }
  return null;
}

/**
 * The 409 of a stale save: someone saved the plan after the version this edit started from.
 * Nothing was saved and nothing is lost. It shows what the others changed, merges everything
 * that does not collide, and asks the user to choose for each collision; the result is saved
 * on the current version (or opened in the editor first).
 */
export function MergePanel({
  problem,
  myPlan,
  pending,
  onUse,
  onCancel,
}: {
  problem: StaleVersionProblem;
  myPlan: SipPlan;
  pending: boolean;
  onUse: (plan: SipPlan, version: number, basePlan: SipPlan, save: boolean) => void;
  onCancel: () => void;
}) {
  const { t, label } = useSipT();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [unchosen, setUnchosen] = useState<string[]>([]);
  const conflicts = problem.merge.conflicts;
  const merged = problem.merge.merged as SipPlan;
  const current = problem.current.plan as SipPlan;
  const valueText = useValueText(merged);
  useEffect(() => headingRef.current?.focus(), [problem]);

  const resolved = () =>
    conflicts.reduce(
      (plan, c) =>
        choices[c.path] ? setAtPath(plan, c.path, chosenValue(c, choices[c.path]!)) : plan,
      merged,
    );

  const use = (save: boolean) => {
    const missing = conflicts.filter((c) => !choices[c.path]).map((c) => c.path);
    setUnchosen(missing);
    if (missing.length > 0) {
      setTimeout(() => summaryRef.current?.focus());
      return;
    }
    onUse(resolved(), problem.currentVersion, current, save);
  };

  return (
    <form
      className="inline-panel merge-panel"
      aria-labelledby="merge-heading"
      onSubmit={(event: FormEvent) => {
        event.preventDefault();
        use(true);
      }}
      noValidate
      data-testid="merge-panel"
    >
      <h3 id="merge-heading" ref={headingRef} tabIndex={-1}>
        {t('merge.heading')}
      </h3>
      <p>
        {t('merge.intro', {
          name: problem.current.savedBy.name,
          version: problem.currentVersion,
          at: formatDateTime(problem.current.savedAt),
          mine: problem.basedOnVersion,
        })}
      </p>
      <p>
        <strong>{t('merge.nothingLost')}</strong>
      </p>
      <h4>{t('merge.theirChanges', { name: problem.current.savedBy.name })}</h4>
      <ChangeList changes={problem.theirChanges} plan={current} testId="their-changes" />

      {conflicts.length === 0 ? (
        <p>{t('merge.noConflicts')}</p>
      ) : (
        <>
          <h4>{t('merge.conflictsHeading', { count: conflicts.length })}</h4>
          <div
            ref={summaryRef}
            tabIndex={-1}
            role="alert"
            className={unchosen.length ? 'alert alert-error' : undefined}
          >
            {unchosen.length > 0 && <p>{t('merge.chooseAll', { count: unchosen.length })}</p>}
          </div>
          {conflicts.map((c, i) => {
            const field = fieldOfPath(c.path);
            const about = entityOf(c.path, [myPlan, merged, current]);
            const invalid = unchosen.includes(c.path);
            const options: Choice[] = bothPossible(c)
              ? ['mine', 'theirs', 'both']
              : ['mine', 'theirs'];
            return (
              <fieldset
                key={c.path}
                className={`field choice-group merge-conflict${invalid ? ' field-invalid' : ''}`}
              >
                <legend className="field-label">
                  {label(labelFor(c.path))}
                  {about && <span className="merge-about"> – {about}</span>}
                </legend>
                {invalid && (
                  <p className="field-error">
                    <span aria-hidden="true">⚠ </span>
                    {t('merge.choose')}
                  </p>
                )}
                <div className="choices">
                  {options.map((o) => (
                    <div className="check" key={o}>
                      <input
                        type="radio"
                        id={`conflict-${i}-${o}`}
                        name={`conflict-${i}`}
                        checked={choices[c.path] === o}
                        onChange={() => setChoices((x) => ({ ...x, [c.path]: o }))}
                      />
                      <label htmlFor={`conflict-${i}-${o}`}>
                        <strong>{t(`merge.options.${o}`)}</strong>
                        {o !== 'both' && (
                          <span className="merge-value">
                            {valueText(o === 'mine' ? c.mine : c.theirs, field)}
                          </span>
                        )}
                      </label>
                    </div>
                  ))}
                </div>
              </fieldset>
            );
          })}
        </>
      )}
      <div className="actions">
        <button type="submit" className="button button-primary" disabled={pending}>
          {pending ? t('common.saving') : t('merge.save', { version: problem.currentVersion + 1 })}
        </button>
        <button type="button" className="button" onClick={() => use(false)}>
          {t('merge.openInEditor')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('merge.later')}
        </button>
      </div>
    </form>
  );
}
