import type { QuestionnaireItem as Item } from '@vardflata/domain';
import { FieldErrorText } from '../../components/Field';
import { useScreeningsT } from './i18n';

export const itemElementId = (item: Item) => `item-${item.id}`;

/**
 * One AUDIT or DUDIT item: a fieldset whose legend is the question, every option visible as a
 * radio button. Texts come from the instrument definition in the current language.
 */
export function QuestionnaireItem({
  item,
  value,
  onChange,
  error,
  showPoints,
}: {
  item: Item;
  value: number | null;
  onChange: (index: number) => void;
  error?: string | undefined;
  showPoints: boolean;
}) {
  const { t, text } = useScreeningsT();
  const id = itemElementId(item);
  const helpId = `${id}-help`;
  const errorId = `${id}-error`;
  const described = [item.help && helpId, error && errorId].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      className={`q-item${error ? ' field-invalid' : ''}`}
      aria-describedby={described}
    >
      <legend className="q-legend">
        <span className="q-number">{item.number}.</span> {text(item.text)}
      </legend>
      {item.help && (
        <p id={helpId} className="field-hint q-help">
          {text(item.help)}
        </p>
      )}
      <div className={`q-options q-options-${item.options.length}`}>
        {item.options.map((option, index) => (
          <label key={option.code} className="q-option">
            <input
              type="radio"
              name={item.id}
              value={index}
              checked={value === index}
              onChange={() => onChange(index)}
              aria-invalid={error ? true : undefined}
            />
            <span className="q-option-text">
              {text(option.label)}
              {showPoints && (
                <span className="q-points">
                  <span className="visually-hidden">, </span>
                  {t('form.points', { count: option.points })}
                </span>
              )}
            </span>
          </label>
        ))}
      </div>
      {error && <FieldErrorText id={errorId}>{error}</FieldErrorText>}
    </fieldset>
  );
}
