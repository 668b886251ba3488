/**
 * A labelled text field bound to a URL Param: the reader's input is checked with the same rules
 * as the URL (in the field's notation, see `Param.input`), a bad value shows a German message next to the field and the old value stays.
 */
import { useEffect, useState } from 'preact/hooks';
import { fieldAllowed, fieldText, fieldValue, type Param } from './urlState.ts';

export interface ParamFieldProps<T> {
  id: string;
  label: string;
  param: Param<T>;
  value: T;
  onChange: (value: T) => void;
  /** Narrow fields for numbers. */
  size?: number;
  inputMode?: 'numeric' | 'decimal' | 'text';
}

/**
 * @example
 * <ParamField id="lb-rate" label="Anfragen pro Sekunde" param={numberParam(1, 2000)} value={60} onChange={…} />
 */
export function ParamField<T>({
  id,
  label,
  param,
  value,
  onChange,
  size = 6,
  inputMode = 'decimal',
}: ParamFieldProps<T>) {
  const formatted = fieldText(param, value);
  const [draft, setDraft] = useState(formatted);
  const [error, setError] = useState(false);
  useEffect(() => {
    setDraft(formatted);
    setError(false);
  }, [formatted]);
  const commit = (text: string) => {
    const parsed = fieldValue(param, text);
    if (parsed === undefined) {
      setError(true);
      return;
    }
    setError(false);
    onChange(parsed);
  };
  return (
    <label for={id}>
      {label}
      <input
        id={id}
        type="text"
        inputMode={inputMode}
        size={size}
        value={draft}
        aria-invalid={error}
        aria-describedby={error ? `${id}-error` : undefined}
        onInput={(e) => setDraft(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      {error && (
        <span id={`${id}-error`} class="lab-field-error">
          Ungültig – erlaubt ist {fieldAllowed(param)}.
        </span>
      )}
    </label>
  );
}
