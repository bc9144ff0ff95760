import type { MetaFields } from './articleInput';

const FIELDS: readonly { key: keyof MetaFields; label: string; placeholder?: string; inputMode?: 'url' }[] = [
  { key: 'title', label: 'Title', placeholder: 'the first line of the text' },
  { key: 'author', label: 'Author' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'published', label: 'Published', placeholder: 'YYYY-MM-DD (today if left empty)' },
  { key: 'url', label: 'URL', placeholder: 'https://…', inputMode: 'url' },
];

/** Optional metadata; front matter in a chosen file fills it. Checked on submit, with our own messages. */
export function MetaFieldset({
  fields,
  disabled,
  onChange,
}: {
  fields: MetaFields;
  disabled: boolean;
  onChange: (fields: MetaFields) => void;
}) {
  return (
    <fieldset className="article-meta" disabled={disabled}>
      <legend>About the article (optional)</legend>
      {FIELDS.map(({ key, label, placeholder, inputMode }) => (
        <label key={key}>
          <span>{label}</span>
          <input
            type="text"
            name={key}
            value={fields[key]}
            placeholder={placeholder}
            inputMode={inputMode}
            autoComplete="off"
            spellCheck={key === 'title'}
            onChange={(e) => onChange({ ...fields, [key]: e.target.value })}
          />
        </label>
      ))}
    </fieldset>
  );
}
