import { useRef, useState } from 'react';
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
import { HandOver, useHandback } from '../self-fill/HandOver';
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
  // After self-fill the form opens with the person's answers (decision 0010-a).
  const handback = useHandback(person.id, definition.id);
  const [answers, setAnswers] = useState<(number | null)[]>(
    () => handback?.answers ?? definition.items.map(() => null),
  );
  const [performedAt, setPerformedAt] = useState(today);
  const [filledByPerson, setFilledByPerson] = useState(handback?.answers != null);
  const [saved, setSaved] = useState<Screening | null>(null);
  const scoreHeading = useRef<HTMLHeadingElement>(null);

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

  const dateErrors = assessmentServerErrors(t, 'performedAt');
  const form = useFormSubmit({
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
      className="screening-form"
      aria-label={definition.id}
      data-testid="screening-form"
    >
      {handback && <StatusMessage>{handback.message}</StatusMessage>}
      <div className="screening-top">
        <Form.Date
          id="performedAt"
          path="performedAt"
          label={t('form.performedAt')}
          className="field-medium"
          {...visitDateRule(t)}
          {...bindValue(performedAt, setPerformedAt)}
        />
        <HandOver personId={person.id} instrument={definition.id} filledByPerson={filledByPerson} />
      </div>

      <Form.Alerts />

      <div className="screening-layout">
        <div className="screening-items">
          {definition.items.map((item, i) => (
            <QuestionnaireItem
              key={item.id}
              item={item}
              path={`answers[${i}]`}
              value={answers[i] ?? null}
              onChange={(option) => answer(i, option)}
              showPoints
            />
          ))}
        </div>
        <RunningScore
          definition={definition}
          sex={person.sex}
          answered={answered}
          count={count}
          result={running.ok ? running : null}
          hidden={false}
          headingRef={scoreHeading}
        />
      </div>

      <div className="actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : t('form.save', { instrument: definition.id })}
        </button>
        <Link to={historyPath(person.id)} className="button">
          {t('common.cancel')}
        </Link>
      </div>
    </Form>
  );
}
