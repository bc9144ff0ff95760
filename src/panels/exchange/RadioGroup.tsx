export interface RadioOption<T extends string> {
  readonly value: T;
  readonly label: string;
  readonly hint?: string;
}

/** A fieldset of radio buttons: one Tab stop, arrow keys move between choices. */
export function RadioGroup<T extends string>({
  name,
  legend,
  options,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  options: readonly RadioOption<T>[];
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="export-choice">
      <legend>{legend}</legend>
      {options.map((option) => (
        <label key={option.value}>
          <input
            type="radio"
            name={name}
            value={option.value}
            checked={option.value === value}
            onChange={() => onChange(option.value)}
          />{' '}
          {option.label}
          {option.hint && <span className="export-hint"> {option.hint}</span>}
        </label>
      ))}
    </fieldset>
  );
}
