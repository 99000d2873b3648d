import { fieldId } from './ErrorSummary';

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

/** The NHS.UK date input: day, month and year in their own boxes, as people write a date. */
export function DateInput({ name, label, hint, error, value, onChange }: {
  name: string; label: string; hint?: string; error?: string; value: DateParts; onChange: (value: DateParts) => void;
}) {
  const id = fieldId(name);
  const part = (key: keyof DateParts, text: string, width: 2 | 4) => (
    <div class="nhsuk-date-input__item">
      <div class="nhsuk-form-group">
        <label class="nhsuk-label nhsuk-date-input__label" for={key === 'day' ? id : `${id}-${key}`}>{text}</label>
        <input class={`nhsuk-input nhsuk-date-input__input nhsuk-input--width-${width}${error ? ' nhsuk-input--error' : ''}`}
          id={key === 'day' ? id : `${id}-${key}`} name={`${name}-${key}`} type="text" inputMode="numeric"
          value={value[key]} onInput={(e) => onChange({ ...value, [key]: e.currentTarget.value.trim() })} />
      </div>
    </div>
  );
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset class="nhsuk-fieldset" role="group" aria-describedby={[hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        {hint && <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
        {error && <span class="nhsuk-error-message" id={`${id}-error`}><span class="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
        <div class="nhsuk-date-input">
          {part('day', 'Day', 2)}
          {part('month', 'Month', 2)}
          {part('year', 'Year', 4)}
        </div>
      </fieldset>
    </div>
  );
}

/** The date as yyyy-mm-dd, or undefined when it is not a real date. */
export function isoDate({ day, month, year }: DateParts): string | undefined {
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  if (!/^\d{4}$/.test(year) || Number.isNaN(date.getTime()) || date.getUTCDate() !== Number(day) || date.getUTCMonth() !== Number(month) - 1) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

export const NO_DATE: DateParts = { day: '', month: '', year: '' };
