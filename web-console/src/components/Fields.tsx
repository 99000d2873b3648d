import type { ComponentChildren } from 'preact';
import { fieldId } from './ErrorSummary';

interface FieldProps {
  name: string;
  label: string;
  hint?: string;
  error?: string;
}

/** Label, hint and error of one field, tied to its input for screen readers. */
function FormGroup({ name, label, hint, error, children }: FieldProps & { children: ComponentChildren }) {
  const id = fieldId(name);
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <label class="nhsuk-label" for={id}>{label}</label>
      {hint && <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
      {error && <span class="nhsuk-error-message" id={`${id}-error`}><span class="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
      {children}
    </div>
  );
}

function describedBy(name: string, hint?: string, error?: string): string | undefined {
  const id = fieldId(name);
  return [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
}

export function TextInput(props: FieldProps & {
  value: string; onInput: (value: string) => void; type?: 'text' | 'email' | 'tel'; autocomplete?: string; width?: 10 | 20 | 30;
}) {
  const { name, hint, error, value, onInput, type = 'text', autocomplete, width } = props;
  return (
    <FormGroup {...props}>
      <input class={`nhsuk-input${width ? ` nhsuk-input--width-${width}` : ''}${error ? ' nhsuk-input--error' : ''}`}
        id={fieldId(name)} name={name} type={type as "text"} value={value} autocomplete={autocomplete}
        aria-describedby={describedBy(name, hint, error)} onInput={(e) => onInput(e.currentTarget.value)} />
    </FormGroup>
  );
}

export function Textarea(props: FieldProps & { value: string; onInput: (value: string) => void; rows?: number }) {
  const { name, hint, error, value, onInput, rows = 6 } = props;
  return (
    <FormGroup {...props}>
      <textarea class={`nhsuk-textarea${error ? ' nhsuk-textarea--error' : ''}`} id={fieldId(name)} name={name}
        rows={rows} value={value} aria-describedby={describedBy(name, hint, error)}
        onInput={(e) => onInput(e.currentTarget.value)} />
    </FormGroup>
  );
}

export interface Option {
  value: string;
  text: string;
}

/** Radios (one answer) or checkboxes (several), in a fieldset whose legend is the question. */
export function Choices(props: FieldProps & {
  options: Option[]; multiple?: boolean; value: string[]; onChange: (value: string[]) => void; small?: boolean;
}) {
  const { name, label, hint, error, options, multiple, value, onChange, small } = props;
  const id = fieldId(name);
  const kind = multiple ? 'checkboxes' : 'radios';
  const toggle = (option: string, checked: boolean) => onChange(multiple
    ? (checked ? [...value, option] : value.filter((v) => v !== option))
    : [option]);
  return (
    <div class={`nhsuk-form-group${error ? ' nhsuk-form-group--error' : ''}`}>
      <fieldset class="nhsuk-fieldset" aria-describedby={describedBy(name, hint, error)}>
        <legend class="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{label}</legend>
        {hint && <div class="nhsuk-hint" id={`${id}-hint`}>{hint}</div>}
        {error && <span class="nhsuk-error-message" id={`${id}-error`}><span class="nhsuk-u-visually-hidden">Error:</span> {error}</span>}
        <div class={`nhsuk-${kind}${small ? ` nhsuk-${kind}--small` : ''}`}>
          {options.map((option, index) => {
            const optionId = index === 0 ? id : `${id}-${index + 1}`;
            return (
              <div class={`nhsuk-${kind}__item`} key={option.value}>
                <input class={`nhsuk-${kind}__input`} id={optionId} name={name} type={multiple ? 'checkbox' : 'radio'}
                  value={option.value} checked={value.includes(option.value)}
                  onChange={(e) => toggle(option.value, e.currentTarget.checked)} />
                <label class={`nhsuk-label nhsuk-${kind}__label`} for={optionId}>{option.text}</label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** A drop-down of options; the first, with no value, asks the person to choose. */
export function Select(props: FieldProps & { options: Option[]; value: string; onChange: (value: string) => void; placeholder?: string }) {
  const { name, hint, error, options, value, onChange, placeholder } = props;
  return (
    <FormGroup {...props}>
      <select class={`nhsuk-select${error ? ' nhsuk-select--error' : ''}`} id={fieldId(name)} name={name} value={value}
        aria-describedby={describedBy(name, hint, error)} onChange={(e) => onChange(e.currentTarget.value)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => <option key={option.value} value={option.value}>{option.text}</option>)}
      </select>
    </FormGroup>
  );
}
