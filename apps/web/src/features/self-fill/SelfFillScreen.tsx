import { useEffect, useRef, useState } from 'react';
import { useMutation } from '@tanstack/react-query';
import type { SelfFillState } from '@vardflata/contracts';
import { INSTRUMENTS } from '@vardflata/domain';
import { api } from '../../api';
import { Form, useFormSubmit } from '../../components/form';
import { PageHeading } from '../../components/PageHeading';
import { StatusMessage } from '../../components/Status';
import { SkipLink } from '../shell/AppShell';
import { DemoBanner } from '../shell/DemoBanner';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { QuestionnaireItem } from '../screenings/QuestionnaireItem';
import '../screenings/screenings.css';
import { useSelfFillT } from './i18n';
import { setSelfFillLock } from './lock';
import { StaffUnlock } from './StaffUnlock';
import './self-fill.css';

/**
 * The person's screen while the session is locked for self-fill: the questionnaire and nothing
 * else — no menu, no name or number, no earlier errors — and, apart, the staff member's way
 * back. Everything but the self-fill routes answers 401 meanwhile (decision 0010-a).
 */
export function SelfFillScreen({ lock }: { lock: SelfFillState }) {
  const { t } = useSelfFillT();
  const definition = INSTRUMENTS[lock.instrument ?? 'AUDIT'];
  const [answers, setAnswers] = useState<(number | null)[]>(() => definition.items.map(() => null));
  const [confirmUnanswered, setConfirmUnanswered] = useState(false);
  const thanksHeading = useRef<HTMLHeadingElement>(null);
  const save = useMutation({
    mutationFn: (body: { answers: (number | null)[] }) =>
      api.put<SelfFillState>('/api/self-fill/answers', body),
  });
  const form = useFormSubmit({
    send: () => save.mutateAsync({ answers }),
    onSuccess: (state) => setSelfFillLock(state),
  });

  const answered = answers.filter((a) => a !== null).length;
  const unanswered = definition.items.flatMap((item, i) =>
    answers[i] === null ? [item.number] : [],
  );

  useEffect(() => {
    if (lock.answered) thanksHeading.current?.focus();
  }, [lock.answered]);

  const title = t(`title.${definition.id}`);
  return (
    <div className="layout">
      <SkipLink />
      <header className="site-header">
        <DemoBanner />
        <div className="header-bar">
          <span className="brand">
            <span className="brand-name">Vårdfläta</span>
          </span>
          <div className="header-tools">
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="main self-fill" data-testid="self-fill-screen">
        <PageHeading title={title}>{title}</PageHeading>
        {lock.answered ? (
          <section className="self-fill-intro" aria-labelledby="thanks-heading">
            <h2 id="thanks-heading" ref={thanksHeading} tabIndex={-1}>
              {t('thanksHeading')}
            </h2>
            <p>{t('thanks')}</p>
          </section>
        ) : (
          <>
            <div className="self-fill-intro">
              <p>{t(`intro.${definition.id}`)}</p>
              <p>{t('howTo')}</p>
            </div>
            <Form form={form} className="screening-form" aria-label={title}>
              <Form.Alerts />
              <div className="screening-items">
                {definition.items.map((item, i) => (
                  <QuestionnaireItem
                    key={item.id}
                    item={item}
                    path={`answers[${i}]`}
                    value={answers[i] ?? null}
                    onChange={(option) => {
                      setConfirmUnanswered(false);
                      setAnswers((current) => current.map((a, k) => (k === i ? option : a)));
                    }}
                    showPoints={false}
                  />
                ))}
              </div>
              <p className="self-fill-progress">
                {t('progress', { answered, count: definition.items.length })}
              </p>
              <StatusMessage>
                {confirmUnanswered &&
                  t('unanswered', { count: unanswered.length, list: unanswered.join(', ') })}
              </StatusMessage>
              <div className="actions self-fill-done">
                <button
                  type="submit"
                  className="button button-primary"
                  disabled={form.pending}
                  onClick={(event) => {
                    // Unanswered questions are pointed out once; then the person may go on.
                    if (unanswered.length > 0 && !confirmUnanswered) {
                      event.preventDefault();
                      setConfirmUnanswered(true);
                    }
                  }}
                >
                  {confirmUnanswered ? t('doneAnyway') : t('done')}
                </button>
              </div>
            </Form>
          </>
        )}
        <StaffUnlock />
      </main>
    </div>
  );
}
