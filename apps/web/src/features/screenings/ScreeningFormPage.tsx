import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import {
  INSTRUMENTS,
  ageOn,
  scoreScreening,
  type InstrumentId,
  type QuestionnaireDefinition,
} from '@vardflata/domain';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { isIsoDate, todayInStockholm } from '../../lib/format';
import { assessmentServerErrors, visitDateRule } from './FormParts';
import { useScreeningsT } from './i18n';
import { historyPath, PersonPage } from './PersonPage';
import { QuestionnaireItem } from './QuestionnaireItem';
import { useRecordScreening } from './queries';
import { RunningScore } from './RunningScore';
import { ScreeningResult } from './ScreeningResult';
import type { Screening } from './types';

/** AUDIT or DUDIT, filled in during a visit: by staff, or by the person on staff's screen. */
export function ScreeningFormPage({ instrument }: { instrument: InstrumentId }) {
  const { text } = useScreeningsT();
  const definition = INSTRUMENTS[instrument];
  return (
    <PersonPage title={text(definition.title)}>
      {(person) => (
        <ScreeningForm key={`${person.id}-${instrument}`} person={person} definition={definition} />
      )}
    </PersonPage>
  );
}

function ScreeningForm({
  person,
  definition,
}: {
  person: Person;
  definition: QuestionnaireDefinition;
}) {
  const { t } = useScreeningsT();
  const record = useRecordScreening(person.id);
  const today = todayInStockholm();
  const [answers, setAnswers] = useState<(number | null)[]>(() => definition.items.map(() => null));
  const [performedAt, setPerformedAt] = useState(today);
  const [mode, setMode] = useState<'staff' | 'person'>('staff');
  const [filledByPerson, setFilledByPerson] = useState(false);
  const [saved, setSaved] = useState<Screening | null>(null);
  const selfFillHeading = useRef<HTMLHeadingElement>(null);
  const scoreHeading = useRef<HTMLHeadingElement>(null);
  const focusAfterMode = useRef<'self' | 'score' | null>(null);

  useEffect(() => {
    if (focusAfterMode.current === 'self') selfFillHeading.current?.focus();
    if (focusAfterMode.current === 'score') scoreHeading.current?.focus();
    focusAfterMode.current = null;
  }, [mode]);

  const count = definition.items.length;
  const answered = answers.filter((a) => a !== null).length;
  const ageYears = ageOn(person.dateOfBirth, isIsoDate(performedAt) ? performedAt : today);
  // Unanswered items read as their first option (0 points): the reading so far is the lowest
  // the screening can end at. The server scores again and its result is the one stored.
  const running = scoreScreening(
    definition.id,
    answers.map((a) => a ?? 0),
    { sex: person.sex, ageYears: ageYears >= 0 ? ageYears : null },
  );

  const selfFill = mode === 'person';
  const dateErrors = assessmentServerErrors(t, 'performedAt');
  const form = useFormSubmit({
    blocked: selfFill,
    check: () => {
      const found: Errors = {};
      answers.forEach((a, i) => {
        if (a === null) found[`answers[${i}]`] = t('form.answerMissing');
      });
      return found;
    },
    labels: (path) => {
      const item = /^answers\[(\d+)\]$/.exec(path);
      return item ? t('form.itemNumber', { number: Number(item[1]) + 1 }) : undefined;
    },
    server: {
      ...dateErrors,
      message: (message, path) =>
        path.startsWith('answers[') ? t('form.answerInvalid') : dateErrors.message!(message, path),
    },
    send: () =>
      record.mutateAsync({
        instrument: definition.id,
        answers: answers as number[],
        performedAt,
        filledInBy: filledByPerson ? 'person' : 'staff',
      }),
    onSuccess: setSaved,
  });

  const answer = (index: number, option: number) => {
    setAnswers((current) => current.map((a, i) => (i === index ? option : a)));
    form.clear(`answers[${index}]`);
  };

  const handOver = () => {
    focusAfterMode.current = 'self';
    setFilledByPerson(true);
    setMode('person');
  };
  const takeBack = () => {
    focusAfterMode.current = 'score';
    setMode('staff');
  };

  const startAgain = () => {
    setSaved(null);
    setAnswers(definition.items.map(() => null));
    setFilledByPerson(false);
    form.reset();
    setPerformedAt(today);
    record.reset();
  };

  if (saved) {
    return (
      <>
        <StatusMessage>{t('result.savedMessage', { instrument: definition.id })}</StatusMessage>
        <ScreeningResult screening={saved} person={person} onAgain={startAgain} />
      </>
    );
  }

  return (
    <Form
      form={form}
      className={`screening-form${selfFill ? ' self-fill' : ''}`}
      aria-label={definition.id}
      data-testid="screening-form"
    >
      {selfFill ? (
        <div className="self-fill-intro">
          <h2 ref={selfFillHeading} tabIndex={-1}>
            {t(`selfFill.heading.${definition.id}`)}
          </h2>
          <p>{t(`selfFill.intro.${definition.id}`)}</p>
          <p>{t('selfFill.howTo')}</p>
          <button type="button" className="button button-small" onClick={takeBack}>
            {t('selfFill.staffTakesBack')}
          </button>
        </div>
      ) : (
        <div className="screening-top">
          <Form.Date
            id="performedAt"
            path="performedAt"
            label={t('form.performedAt')}
            className="field-medium"
            {...visitDateRule(t)}
            {...bindValue(performedAt, setPerformedAt)}
          />
          <div className="handover">
            <button type="button" className="button" onClick={handOver}>
              {t('selfFill.handOver')}
            </button>
            <p className="field-hint">{t('selfFill.handOverHint')}</p>
            {filledByPerson && <p className="small">{t('selfFill.wasFilledByPerson')}</p>}
          </div>
        </div>
      )}

      {!selfFill && <Form.Alerts />}

      <div className="screening-layout">
        <div className="screening-items">
          {definition.items.map((item, i) => (
            <QuestionnaireItem
              key={item.id}
              item={item}
              path={`answers[${i}]`}
              value={answers[i] ?? null}
              onChange={(option) => answer(i, option)}
              showPoints={!selfFill}
            />
          ))}
        </div>
        <RunningScore
          definition={definition}
          sex={person.sex}
          answered={answered}
          count={count}
          result={running.ok ? running : null}
          hidden={selfFill}
          headingRef={scoreHeading}
        />
      </div>

      {selfFill ? (
        // Keys keep the two buttons apart: the same DOM button turned into a submit button
        // during the click would submit the form.
        <div className="actions self-fill-done" key="self-fill-done">
          <button type="button" className="button button-primary" onClick={takeBack}>
            {t('selfFill.done')}
          </button>
        </div>
      ) : (
        <div className="actions" key="staff-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('common.saving') : t('form.save', { instrument: definition.id })}
          </button>
          <Link to={historyPath(person.id)} className="button">
            {t('common.cancel')}
          </Link>
        </div>
      )}
    </Form>
  );
}
