import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import type { Person } from '@vardflata/contracts';
import {
  INSTRUMENTS,
  ageOn,
  scoreScreening,
  type InstrumentId,
  type QuestionnaireDefinition,
} from '@vardflata/domain';
import { isApiError } from '../../api';
import { TextField } from '../../components/Field';
import { ProblemAlert } from '../../components/ProblemAlert';
import { StatusMessage } from '../../components/Status';
import { todayInStockholm } from '../../lib/format';
import { useScreeningsT } from './i18n';
import { dateError, isDate, translateDateError } from './formHelpers';
import { historyPath, PersonPage } from './PersonPage';
import { QuestionnaireItem, itemElementId } from './QuestionnaireItem';
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

interface Errors {
  date?: string | undefined;
  /** By item index (0-based, as the server's `answers[i]`). */
  items: Record<number, string>;
}

const noErrors: Errors = { items: {} };

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
  const [errors, setErrors] = useState<Errors>(noErrors);
  const [saved, setSaved] = useState<Screening | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const scoreHeading = useRef<HTMLHeadingElement>(null);

  const count = definition.items.length;
  const answered = answers.filter((a) => a !== null).length;
  const ageYears = ageOn(person.dateOfBirth, isDate(performedAt) ? performedAt : today);
  // Unanswered items read as their first option (0 points): the reading so far is the lowest
  // the screening can end at. The server scores again and its result is the one stored.
  const running = scoreScreening(
    definition.id,
    answers.map((a) => a ?? 0),
    { sex: person.sex, ageYears: ageYears >= 0 ? ageYears : null },
  );

  const focusFirstError = (next: Errors) => {
    const form = formRef.current;
    if (!form) return;
    if (next.date) {
      form.querySelector<HTMLElement>('[name="performedAt"]')?.focus();
      return;
    }
    const first = definition.items.findIndex((_, i) => next.items[i]);
    const item = definition.items[first];
    if (item) {
      const fieldset = form.querySelector<HTMLElement>(`#${itemElementId(item)}`);
      (
        fieldset?.querySelector<HTMLElement>('input:checked') ??
        fieldset?.querySelector<HTMLElement>('input')
      )?.focus();
    }
  };

  const fromServer = (error: unknown): Errors => {
    const next: Errors = { items: {} };
    if (!isApiError(error)) return next;
    for (const e of error.fieldErrors) {
      const match = /^answers\[(\d+)\]$/.exec(e.path);
      if (match) next.items[Number(match[1])] = t('form.answerInvalid');
      else if (e.path === 'performedAt') next.date = translateDateError(t, e.message);
    }
    return next;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = { items: {}, date: dateError(t, performedAt, today) };
    answers.forEach((a, i) => {
      if (a === null) next.items[i] = t('form.answerMissing');
    });
    setErrors(next);
    if (next.date || Object.keys(next.items).length > 0) {
      focusFirstError(next);
      return;
    }
    record.mutate(
      {
        instrument: definition.id,
        answers: answers as number[],
        performedAt,
        filledInBy: filledByPerson ? 'person' : 'staff',
      },
      {
        onSuccess: (screening) => setSaved(screening),
        onError: (error) => {
          const server = fromServer(error);
          setErrors(server);
          focusFirstError(server);
        },
      },
    );
  };

  const answer = (index: number, option: number) => {
    setAnswers((current) => current.map((a, i) => (i === index ? option : a)));
    if (errors.items[index]) {
      setErrors((current) => {
        const items = { ...current.items };
        delete items[index];
        return { ...current, items };
      });
    }
  };

  const startAgain = () => {
    setSaved(null);
    setAnswers(definition.items.map(() => null));
    setFilledByPerson(false);
    setErrors(noErrors);
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

  const itemErrors = Object.keys(errors.items)
    .map(Number)
    .sort((a, b) => a - b);
  const errorCount = itemErrors.length + (errors.date ? 1 : 0);
  const shownFields = ['performedAt', ...definition.items.map((_, i) => `answers[${i}]`)];

  return (
    <form
      ref={formRef}
      className="screening-form"
      onSubmit={submit}
      noValidate
      aria-label={definition.id}
      data-testid="screening-form"
    >
      {handback && <StatusMessage>{handback.message}</StatusMessage>}
      <div className="screening-top">
        <TextField
          type="date"
          id="performedAt"
          name="performedAt"
          label={t('form.performedAt')}
          className="field-medium"
          max={today}
          required
          value={performedAt}
          error={errors.date}
          onChange={(e) => setPerformedAt(e.target.value)}
        />
        <HandOver personId={person.id} instrument={definition.id} filledByPerson={filledByPerson} />
      </div>

      <div role="alert" className={errorCount ? 'alert alert-error error-summary' : undefined}>
        {errorCount > 0 && (
          <>
            <p>{t('form.fixErrors', { count: errorCount })}</p>
            <ul>
              {errors.date && (
                <li>
                  <a
                    href="#performedAt"
                    onClick={(e) => {
                      e.preventDefault();
                      focusFirstError({ items: {}, date: errors.date });
                    }}
                  >
                    {t('form.performedAt')}: {errors.date}
                  </a>
                </li>
              )}
              {itemErrors.map((i) => (
                <li key={i}>
                  <a
                    href={`#${itemElementId(definition.items[i]!)}`}
                    onClick={(e) => {
                      e.preventDefault();
                      focusFirstError({ items: { [i]: 'x' } });
                    }}
                  >
                    {t('form.itemNumber', { number: i + 1 })}: {errors.items[i]}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
      {record.isError && <ProblemAlert error={record.error} shownFields={shownFields} />}

      <div className="screening-layout">
        <div className="screening-items">
          {definition.items.map((item, i) => (
            <QuestionnaireItem
              key={item.id}
              item={item}
              value={answers[i] ?? null}
              onChange={(option) => answer(i, option)}
              error={errors.items[i]}
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
        <button type="submit" className="button button-primary" disabled={record.isPending}>
          {record.isPending ? t('common.saving') : t('form.save', { instrument: definition.id })}
        </button>
        <Link to={historyPath(person.id)} className="button">
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
