import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Person } from '@vardflata/contracts';
import { ChoiceGroup, SelectField, TextAreaField, TextField } from '../../components/Field';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { dateError, focusFirstInvalid, serverFieldErrors } from './formHelpers';
import { AssessmentForm, FormActions, SavedPanel, type Errors } from './FormParts';
import { useScreeningsT } from './i18n';
import { PersonPage } from './PersonPage';
import { useRecordDrugTest } from './queries';
import { Flag } from './ScreeningReading';
import type { Assessment, DrugTestOutcome, DrugTestResult, SampleType } from './types';

const SAMPLE_TYPES: readonly SampleType[] = ['urine', 'blood', 'saliva', 'breath'];
const OUTCOMES: readonly DrugTestOutcome[] = ['negative', 'positive', 'inconclusive'];
const ROW_FIELDS = ['substance', 'result', 'value', 'unit', 'cutOff'] as const;

interface Row {
  key: number;
  substance: string;
  result: DrugTestOutcome | '';
  value: string;
  unit: string;
  cutOff: string;
}

let nextKey = 1;
const emptyRow = (): Row => ({
  key: nextKey++,
  substance: '',
  result: '',
  value: '',
  unit: '',
  cutOff: '',
});

/** A number the user typed, with a comma or a point; undefined when empty, NaN when not a number. */
function parseNumber(value: string): number | undefined {
  const trimmed = value.trim().replace(',', '.');
  if (!trimmed) return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : Number.NaN;
}

/** A drug test (provtagning): the sample, the laboratory, and each substance's result. */
export function DrugTestFormPage() {
  const { t } = useScreeningsT();
  return (
    <PersonPage title={t('drugTest.title')}>
      {(person) => <DrugTestForm person={person} />}
    </PersonPage>
  );
}

function DrugTestForm({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const today = todayInStockholm();
  const record = useRecordDrugTest(person.id);
  const formRef = useRef<HTMLFormElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [sampleType, setSampleType] = useState<SampleType | ''>('');
  const [sampledOn, setSampledOn] = useState(today);
  const [laboratory, setLaboratory] = useState('');
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [saved, setSaved] = useState<Assessment | null>(null);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    formRef.current
      ?.querySelector<HTMLElement>(`[data-path="results[${focusRow.current}].substance"]`)
      ?.focus();
    focusRow.current = null;
  }, [rows.length]);

  const paths = [
    'sampleType',
    'sampledOn',
    'laboratory',
    'results',
    ...rows.flatMap((_, i) => ROW_FIELDS.map((f) => `results[${i}].${f}`)),
    'note',
  ];
  const label = (path: string) => {
    const match = /^results\[(\d+)\]\.(\w+)$/.exec(path);
    if (match)
      return `${t('drugTest.rowLegend', { number: Number(match[1]) + 1 })} – ${t(`drugTest.${match[2]}`)}`;
    return t(`drugTest.${path}`, { defaultValue: path });
  };

  const update = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const show = (next: Errors) => {
    setErrors(next);
    focusFirstInvalid(
      formRef.current,
      paths.filter((p) => next[p]),
    );
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const next: Errors = {};
    if (!sampleType) next.sampleType = t('form.chooseOne');
    const date = dateError(t, sampledOn, today);
    if (date) next.sampledOn = date;
    rows.forEach((row, i) => {
      if (!row.substance.trim()) next[`results[${i}].substance`] = t('fieldErrors.required');
      if (!row.result) next[`results[${i}].result`] = t('form.chooseOne');
      for (const f of ['value', 'cutOff'] as const) {
        if (Number.isNaN(parseNumber(row[f])))
          next[`results[${i}].${f}`] = t('drugTest.notANumber');
      }
    });
    if (Object.keys(next).length) return show(next);
    setErrors({});
    record.mutate(
      {
        sampleType: sampleType as SampleType,
        sampledOn,
        ...(laboratory.trim() ? { laboratory: laboratory.trim() } : {}),
        results: rows.map((row) => {
          const value = parseNumber(row.value);
          const cutOff = parseNumber(row.cutOff);
          return {
            substance: row.substance.trim(),
            result: row.result as DrugTestOutcome,
            ...(value !== undefined ? { value } : {}),
            ...(row.unit.trim() ? { unit: row.unit.trim() } : {}),
            ...(cutOff !== undefined ? { cutOff } : {}),
          };
        }),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      { onSuccess: setSaved, onError: (error) => show(serverFieldErrors(t, error, 'sampledOn')) },
    );
  };

  const addRow = () => {
    focusRow.current = rows.length;
    setRows((current) => [...current, emptyRow()]);
  };
  const removeRow = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    setErrors({});
    addButton.current?.focus();
  };

  if (saved) {
    const result = saved.result as unknown as DrugTestResult;
    return (
      <>
        <StatusMessage>{t('saved.message')}</StatusMessage>
        <SavedPanel
          heading={t('drugTest.savedHeading', { date: formatDate(saved.performedOn) })}
          personId={person.id}
          anchor="#drug-tests-heading"
          againLabel={t('drugTest.again')}
          onAgain={() => {
            setSaved(null);
            setRows([emptyRow()]);
            setNote('');
            record.reset();
          }}
        >
          <p>
            {result.positive ? (
              <>
                <Flag>{t('latest.positive')}</Flag>{' '}
                {t('summary.drugPositive', { substances: result.positiveSubstances.join(', ') })}
              </>
            ) : (
              t('summary.drugNegative')
            )}
          </p>
        </SavedPanel>
      </>
    );
  }

  return (
    <AssessmentForm
      formRef={formRef}
      id="drug-test"
      section="drugTest"
      errors={errors}
      labels={label}
      problem={record.isError ? record.error : null}
      shownFields={paths}
      onSubmit={submit}
    >
      <div data-path="sampleType">
        <ChoiceGroup<SampleType>
          type="radio"
          name="sampleType"
          inline
          requiredMark
          label={t('drugTest.sampleType')}
          options={SAMPLE_TYPES.map((value) => ({
            value,
            label: t(`drugTest.sampleTypes.${value}`),
          }))}
          value={sampleType ? [sampleType] : []}
          error={errors.sampleType}
          onChange={(v) => setSampleType(v[0] ?? '')}
        />
      </div>
      <div className="field-row">
        <TextField
          type="date"
          name="sampledOn"
          data-path="sampledOn"
          label={t('drugTest.sampledOn')}
          max={today}
          required
          value={sampledOn}
          error={errors.sampledOn}
          onChange={(e) => setSampledOn(e.target.value)}
        />
        <TextField
          name="laboratory"
          data-path="laboratory"
          label={t('drugTest.laboratory')}
          hint={t('drugTest.laboratoryHint')}
          maxLength={200}
          value={laboratory}
          error={errors.laboratory}
          onChange={(e) => setLaboratory(e.target.value)}
        />
      </div>

      <h3>{t('drugTest.resultsHeading')}</h3>
      {errors.results && <p className="field-error">{errors.results}</p>}
      <datalist id="drug-test-substances">
        {(t('drugTest.substanceSuggestions', { returnObjects: true }) as string[]).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {rows.map((row, i) => (
        <fieldset key={row.key} className="area-fieldset drug-row">
          <legend className="area-legend">{t('drugTest.rowLegend', { number: i + 1 })}</legend>
          <div className="drug-row-fields">
            <TextField
              name={`substance-${row.key}`}
              data-path={`results[${i}].substance`}
              label={t('drugTest.substance')}
              list="drug-test-substances"
              autoComplete="off"
              required
              maxLength={100}
              value={row.substance}
              error={errors[`results[${i}].substance`]}
              onChange={(e) => update(i, { substance: e.target.value })}
            />
            <SelectField
              name={`result-${row.key}`}
              data-path={`results[${i}].result`}
              label={t('drugTest.result')}
              required
              value={row.result}
              error={errors[`results[${i}].result`]}
              onChange={(e) => update(i, { result: e.target.value as DrugTestOutcome | '' })}
            >
              <option value="">{t('common.choose')}</option>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`drugTest.outcomes.${o}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              name={`value-${row.key}`}
              data-path={`results[${i}].value`}
              label={t('drugTest.value')}
              inputMode="decimal"
              className="field-short"
              value={row.value}
              error={errors[`results[${i}].value`]}
              onChange={(e) => update(i, { value: e.target.value })}
            />
            <TextField
              name={`unit-${row.key}`}
              data-path={`results[${i}].unit`}
              label={t('drugTest.unit')}
              className="field-short"
              maxLength={20}
              value={row.unit}
              error={errors[`results[${i}].unit`]}
              onChange={(e) => update(i, { unit: e.target.value })}
            />
            <TextField
              name={`cutOff-${row.key}`}
              data-path={`results[${i}].cutOff`}
              label={t('drugTest.cutOff')}
              inputMode="decimal"
              className="field-short"
              value={row.cutOff}
              error={errors[`results[${i}].cutOff`]}
              onChange={(e) => update(i, { cutOff: e.target.value })}
            />
          </div>
          {rows.length > 1 && (
            <button type="button" className="button button-small" onClick={() => removeRow(i)}>
              {t('drugTest.removeRow')}
              <span className="visually-hidden"> {t('drugTest.rowLegend', { number: i + 1 })}</span>
            </button>
          )}
        </fieldset>
      ))}
      <p>
        <button ref={addButton} type="button" className="button" onClick={addRow}>
          {t('drugTest.addRow')}
        </button>
      </p>
      <TextAreaField
        name="note"
        data-path="note"
        label={t('drugTest.note')}
        maxLength={4000}
        value={note}
        error={errors.note}
        onChange={(e) => setNote(e.target.value)}
      />
      <FormActions pending={record.isPending} saveLabel={t('drugTest.save')} personId={person.id} />
    </AssessmentForm>
  );
}
