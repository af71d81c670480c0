import { useEffect, useRef, useState } from 'react';
import type { Person } from '@vardflata/contracts';
import { bindValue, Form, useFormSubmit, type Errors } from '../../components/form';
import { StatusMessage } from '../../components/Status';
import { formatDate, todayInStockholm } from '../../lib/format';
import { AssessmentForm, assessmentServerErrors, SavedPanel, visitDateRule } from './FormParts';
import { useScreeningsT } from './i18n';
import { useRecordDrugTest } from './queries';
import { Flag } from './ScreeningReading';
import type { Assessment, DrugTestOutcome, DrugTestResult, SampleType } from './types';

const SAMPLE_TYPES: readonly SampleType[] = ['urine', 'blood', 'saliva', 'breath'];
const OUTCOMES: readonly DrugTestOutcome[] = ['negative', 'positive', 'inconclusive'];

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
export function DrugTestForm({ person }: { person: Person }) {
  const { t } = useScreeningsT();
  const today = todayInStockholm();
  const record = useRecordDrugTest(person.id);
  const addButton = useRef<HTMLButtonElement>(null);
  const [sampleType, setSampleType] = useState<SampleType | ''>('');
  const [sampledOn, setSampledOn] = useState(today);
  const [laboratory, setLaboratory] = useState('');
  const [rows, setRows] = useState<Row[]>(() => [emptyRow()]);
  const [note, setNote] = useState('');
  const [saved, setSaved] = useState<Assessment | null>(null);
  const focusRow = useRef<number | null>(null);

  useEffect(() => {
    if (focusRow.current === null) return;
    document.getElementById(`substance-${rows[focusRow.current]?.key}`)?.focus();
    focusRow.current = null;
  }, [rows]);

  const update = (index: number, change: Partial<Row>) =>
    setRows((current) => current.map((r, i) => (i === index ? { ...r, ...change } : r)));

  const check = (): Errors => {
    const found: Errors = {};
    if (!sampleType) found.sampleType = t('form.chooseOne');
    rows.forEach((row, i) => {
      if (!row.substance.trim()) found[`results[${i}].substance`] = t('fieldErrors.required');
      if (!row.result) found[`results[${i}].result`] = t('form.chooseOne');
      for (const f of ['value', 'cutOff'] as const) {
        if (Number.isNaN(parseNumber(row[f])))
          found[`results[${i}].${f}`] = t('drugTest.notANumber');
      }
    });
    return found;
  };

  const form = useFormSubmit({
    check,
    server: assessmentServerErrors(t, 'sampledOn'),
    send: () =>
      record.mutateAsync({
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
      }),
    onSuccess: setSaved,
  });

  const addRow = () => {
    focusRow.current = rows.length;
    setRows((current) => [...current, emptyRow()]);
  };
  const removeRow = (index: number) => {
    setRows((current) => current.filter((_, i) => i !== index));
    form.reset();
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
      form={form}
      id="drug-test"
      section="drugTest"
      personId={person.id}
      note={{
        path: 'note',
        label: t('drugTest.note'),
        limit: 4000,
        value: note,
        set: setNote,
      }}
      saveLabel={t('drugTest.save')}
    >
      <Form.Choices<SampleType>
        type="radio"
        name="sampleType"
        path="sampleType"
        inline
        requiredMark
        label={t('drugTest.sampleType')}
        options={SAMPLE_TYPES.map((value) => ({
          value,
          label: t(`drugTest.sampleTypes.${value}`),
        }))}
        value={sampleType ? [sampleType] : []}
        onChange={(v) => setSampleType(v[0] ?? '')}
      />
      <div className="field-row">
        <Form.Date
          path="sampledOn"
          label={t('drugTest.sampledOn')}
          {...visitDateRule(t)}
          {...bindValue(sampledOn, setSampledOn)}
        />
        <Form.Text
          path="laboratory"
          label={t('drugTest.laboratory')}
          hint={t('drugTest.laboratoryHint')}
          {...bindValue(laboratory, setLaboratory)}
        />
      </div>

      <h3>{t('drugTest.resultsHeading')}</h3>
      <datalist id="drug-test-substances">
        {(t('drugTest.substanceSuggestions', { returnObjects: true }) as string[]).map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      {rows.map((row, i) => {
        const at = `results[${i}]`;
        const legend = t('drugTest.rowLegend', { number: i + 1 });
        return (
          <Form.Fieldset
            key={row.key}
            path={at}
            label={legend}
            className="area-fieldset drug-row"
            group
          >
            <div className="drug-row-fields">
              <Form.Text
                id={`substance-${row.key}`}
                path={`${at}.substance`}
                label={t('drugTest.substance')}
                list="drug-test-substances"
                autoComplete="off"
                required
                maxLength={100}
                value={row.substance}
                onChange={(e) => update(i, { substance: e.target.value })}
              />
              <Form.Select
                path={`${at}.result`}
                label={t('drugTest.result')}
                required
                value={row.result}
                onChange={(e) => update(i, { result: e.target.value as DrugTestOutcome | '' })}
              >
                <option value="">{t('common.choose')}</option>
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`drugTest.outcomes.${o}`)}
                  </option>
                ))}
              </Form.Select>
              {(['value', 'unit', 'cutOff'] as const).map((f) => (
                <Form.Text
                  key={f}
                  path={`${at}.${f}`}
                  label={t(`drugTest.${f}`)}
                  inputMode={f === 'unit' ? undefined : 'decimal'}
                  maxLength={f === 'unit' ? 20 : undefined}
                  className="field-short"
                  value={row[f]}
                  onChange={(e) => update(i, { [f]: e.target.value })}
                />
              ))}
            </div>
            {rows.length > 1 && (
              <button type="button" className="button button-small" onClick={() => removeRow(i)}>
                {t('drugTest.removeRow')}
                <span className="visually-hidden"> {legend}</span>
              </button>
            )}
          </Form.Fieldset>
        );
      })}
      <p>
        <button ref={addButton} type="button" className="button" onClick={addRow}>
          {t('drugTest.addRow')}
        </button>
      </p>
    </AssessmentForm>
  );
}
