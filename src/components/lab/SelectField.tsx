/**
 * A labelled select, the lab's one way to pick from a list (algorithm, policy, workload, failing
 * server). Values are strings, as in the DOM; labs convert numbers themselves.
 */

export interface SelectOption<V extends string> {
  value: V;
  /** What the reader sees, in German. */
  text: string;
}

/**
 * @example
 * <SelectField id="lb-algo" label="Algorithmus" value="roundRobin"
 *   options={algorithms.map((a) => ({ value: a.id, text: a.label }))} onChange={(algo) => …} />
 */
export function SelectField<V extends string>({
  id,
  label,
  value,
  options,
  onChange,
  disabled,
}: {
  id: string;
  label: string;
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
  disabled?: boolean;
}) {
  return (
    <label for={id}>
      {label}
      <select
        id={id}
        value={value}
        disabled={disabled}
        onChange={(e) => onChange(e.currentTarget.value as V)}
      >
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.text}
          </option>
        ))}
      </select>
    </label>
  );
}
