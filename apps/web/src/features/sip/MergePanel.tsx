import { useEffect, useRef, useState } from 'react';
import { labelFor, type SipPlan } from '@vardflata/domain';
import { Form, useFormSubmit, type Errors } from '../../components/form';
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
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  // Both buttons check the same choices; one saves at once, the other opens the editor.
  const andSave = useRef(true);
  const conflicts = problem.merge.conflicts;
  const merged = problem.merge.merged as SipPlan;
  const current = problem.current.plan as SipPlan;
  const valueText = useValueText(merged);
  useEffect(() => headingRef.current?.focus(), [problem]);

  const conflictLabel = (c: MergeConflict) => {
    const about = entityOf(c.path, [myPlan, merged, current]);
    return `${label(labelFor(c.path))}${about ? ` – ${about}` : ''}`;
  };
  const form = useFormSubmit({
    check: (): Errors =>
      Object.fromEntries(
        conflicts.filter((c) => !choices[c.path]).map((c) => [c.path, t('merge.choose')]),
      ),
    labels: (path) => {
      const c = conflicts.find((x) => x.path === path);
      return c ? conflictLabel(c) : undefined;
    },
    send: async () =>
      conflicts.reduce(
        (plan, c) => setAtPath(plan, c.path, chosenValue(c, choices[c.path]!)),
        merged,
      ),
    onSuccess: (plan) => onUse(plan, problem.currentVersion, current, andSave.current),
  });

  return (
    <Form
      form={form}
      className="inline-panel merge-panel"
      aria-labelledby="merge-heading"
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
          <Form.Alerts />
          {conflicts.map((c, i) => {
            const field = fieldOfPath(c.path);
            const options: Choice[] = bothPossible(c)
              ? ['mine', 'theirs', 'both']
              : ['mine', 'theirs'];
            return (
              <Form.Choices<Choice>
                key={c.path}
                type="radio"
                name={`conflict-${i}`}
                path={c.path}
                className="merge-conflict"
                label={conflictLabel(c)}
                options={options.map((o) => ({
                  value: o,
                  label: (
                    <>
                      <strong>{t(`merge.options.${o}`)}</strong>
                      {o !== 'both' && (
                        <span className="merge-value">
                          {valueText(o === 'mine' ? c.mine : c.theirs, field)}
                        </span>
                      )}
                    </>
                  ),
                }))}
                value={choices[c.path] ? [choices[c.path]!] : []}
                onChange={(v) => setChoices((x) => ({ ...x, [c.path]: v[0]! }))}
              />
            );
          })}
        </>
      )}
      <div className="actions">
        <button
          type="submit"
          className="button button-primary"
          disabled={pending || form.pending}
          onClick={() => (andSave.current = true)}
        >
          {pending ? t('common.saving') : t('merge.save', { version: problem.currentVersion + 1 })}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => {
            andSave.current = false;
            void form.submit();
          }}
        >
          {t('merge.openInEditor')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('merge.later')}
        </button>
      </div>
    </Form>
  );
}
