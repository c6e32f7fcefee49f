/**
 * form-js date fields as the law writes dates, whatever the browser's language: a masked `dd.MM.yyyy` text input
 * that writes ISO `YYYY-MM-DD` into the form data. form-js's own date picker (flatpickr) takes its format from the
 * browser locale (an en-US browser reads `03.12.2026` as 12 March) and has no setting for it, hence a field of ours:
 * registered for the `datetime` type, it renders date-only fields itself and leaves date-time and time fields to
 * form-js's component.
 *
 * Plausibility (law/plausible-dates) is checked as the officer types: a future event or notification date, a date
 * before the law applies, an impossible birth date are shown under the field, naming it; TaskForm.submit refuses them.
 */
import { Datetime, Description, Errors, Label } from '@bpmn-io/form-js';
import { h } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { checkDate, dateKindOf, LAW_APPLIES_CITATION } from '../../../../law/plausible-dates';
import { formatDate, istanbulToday, maskDateInput, parseTurkishDate } from '../../core/datetime';
import { t } from '../../i18n';

interface FieldProps {
  field: { id: string; key?: string; subtype?: string; dateLabel?: string; description?: string; validate?: { required?: boolean } };
  value?: string | null;
  errors?: string[];
  domId: string;
  disabled?: boolean;
  readonly?: boolean;
  onChange(update: { value: string | null }): void;
  onBlur?(): void;
  onFocus?(): void;
}

/** The field's own message for what it holds: unreadable text, or an implausible date. Null when fine. */
export function dateFieldProblem(key: string | undefined, label: string, text: string, value: string | null, today = istanbulToday()): string | null {
  if (text.trim() && !value) return t('date.invalid', { field: label });
  const kind = key ? dateKindOf(key) : null;
  const problem = kind && value ? checkDate(kind, value, today) : null;
  if (!problem) return null;
  const limit = formatDate(problem.limit);
  switch (problem.code) {
    case 'future':
    case 'birthFuture':
      return t('date.future', { field: label, today: limit });
    case 'beforeLaw':
      return t('date.beforeLaw', { field: label, date: limit, citation: LAW_APPLIES_CITATION });
    case 'birthTooOld':
      return t('date.birthTooOld', { field: label, date: limit });
    default:
      return t('date.invalid', { field: label });
  }
}

/** form-js's `datetime` type: date-only fields are ours, date-time and time fields stay form-js's. */
export function LegalDateField(props: FieldProps) {
  return props.field.subtype && props.field.subtype !== 'date' ? h(Datetime as never, props as never) : h(DateInput, props);
}

function DateInput(props: FieldProps) {
  const { field, domId, disabled, readonly } = props;
  const value = typeof props.value === 'string' && props.value ? props.value : null;
  const [text, setText] = useState(value ? formatDate(value) : '');
  const [focused, setFocused] = useState(false);
  // A value set from outside (import, reset) replaces what is shown, unless it is what the text already says.
  useEffect(() => {
    if (value !== parseTurkishDate(text)) setText(value ? formatDate(value) : '');
  }, [value]);
  const label = field.dateLabel ?? field.key ?? '';
  const parsed = parseTurkishDate(text);
  // Judged once there is a whole date, or when the officer leaves a partial one.
  const judged = !!text && (parsed !== null || text.length === 10 || !focused);
  const own = judged ? dateFieldProblem(field.key, label, text, parsed) : null;
  const errors = [...(props.errors ?? []), ...(own ? [own] : [])];
  const descriptionId = `${domId}-description`;
  const errorId = `${domId}-error-message`;

  const onInput = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const masked = maskDateInput(input.value);
    if (masked !== input.value) input.value = masked;
    setText(masked);
    props.onChange({ value: parseTurkishDate(masked) });
  };

  return h(
    'div',
    { class: `fjs-form-field fjs-form-field-datetime yukk-date-field${errors.length ? ' fjs-has-errors' : ''}${disabled ? ' fjs-disabled' : ''}${readonly ? ' fjs-readonly' : ''}` },
    h(Label as never, { htmlFor: domId, label, required: !!field.validate?.required } as never),
    h('input', {
      id: domId,
      class: 'fjs-input yukk-date',
      type: 'text',
      inputMode: 'numeric',
      autoComplete: 'off',
      placeholder: t('date.placeholder'),
      maxLength: 10,
      value: text,
      disabled,
      readOnly: readonly,
      'data-date-iso': parsed ?? '',
      'aria-invalid': own ? 'true' : 'false',
      'aria-describedby': [descriptionId, errorId].join(' '),
      onInput,
      onBlur: () => {
        setFocused(false);
        props.onBlur?.();
      },
      onFocus: () => {
        setFocused(true);
        props.onFocus?.();
      },
    }),
    h(Description as never, { id: descriptionId, description: field.description } as never),
    h(Errors as never, { id: errorId, errors } as never),
  );
}
LegalDateField.config = Datetime.config;

/** form-js module registering the field for the `datetime` type. */
export const legalDateModule = {
  __init__: ['legalDateFields'],
  legalDateFields: ['type', class {
    static $inject = ['formFields'];
    constructor(formFields: { register(type: string, component: unknown): void }) {
      formFields.register('datetime', LegalDateField);
    }
  }],
};
