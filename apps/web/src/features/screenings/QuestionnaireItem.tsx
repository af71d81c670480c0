import type { QuestionnaireItem as Item } from '@vardflata/domain';
import { Form } from '../../components/form';
import { useScreeningsT } from './i18n';

export const itemElementId = (item: Item) => `item-${item.id}`;

/**
 * One AUDIT or DUDIT item: a kit fieldset whose legend is the question, every option visible
 * as a radio button. Texts come from the instrument definition in the current language. Its
 * path is the server's, `answers[i]`.
 */
export function QuestionnaireItem({
  item,
  path,
  value,
  onChange,
  showPoints,
}: {
  item: Item;
  path: string;
  value: number | null;
  onChange: (index: number) => void;
  showPoints: boolean;
}) {
  const { t, text } = useScreeningsT();
  return (
    <Form.Fieldset
      id={itemElementId(item)}
      path={path}
      className="q-item"
      group
      legendClassName="q-legend"
      label={
        <>
          <span className="q-number">{item.number}.</span> {text(item.text)}
        </>
      }
      hint={item.help ? text(item.help) : undefined}
    >
      {(invalid) => (
        <div className={`q-options q-options-${item.options.length}`}>
          {item.options.map((option, index) => (
            <label key={option.code} className="q-option">
              <input
                type="radio"
                name={item.id}
                value={index}
                checked={value === index}
                onChange={() => onChange(index)}
                aria-invalid={invalid || undefined}
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
      )}
    </Form.Fieldset>
  );
}
