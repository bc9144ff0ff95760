import type { KeyboardEvent, Ref } from 'react';
import type { RelationType } from '../../domain/types';
import { typeChoices } from './typeChoices';

interface TypeSelectProps {
  readonly id: string;
  readonly value: string;
  readonly onChange: (typeId: string) => void;
  readonly graphTypes: readonly RelationType[];
  readonly vocabulary: readonly RelationType[];
  /** A first, empty option asking for a choice. */
  readonly placeholder?: string;
  readonly describedBy?: string;
  readonly invalid?: boolean;
  readonly selectRef?: Ref<HTMLSelectElement>;
  readonly onKeyDown?: (e: KeyboardEvent<HTMLSelectElement>) => void;
}

const typeLabel = (t: RelationType) => (t.directed ? t.label : `${t.label} (both ways)`);

/** A relation type: the graph's own first, then the rest of the vocabulary (brought in when chosen). */
export function TypeSelect({
  id,
  value,
  onChange,
  graphTypes,
  vocabulary,
  placeholder,
  describedBy,
  invalid,
  selectRef,
  onKeyDown,
}: TypeSelectProps) {
  const { inGraph, more } = typeChoices(graphTypes, vocabulary);
  return (
    <select
      ref={selectRef}
      id={id}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={onKeyDown}
      aria-describedby={describedBy}
      aria-invalid={invalid ? true : undefined}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      <optgroup label="In this graph">
        {inGraph.map((t) => (
          <option key={t.id} value={t.id}>
            {typeLabel(t)}
          </option>
        ))}
      </optgroup>
      {more.length > 0 && (
        <optgroup label="More from the vocabulary">
          {more.map((t) => (
            <option key={t.id} value={t.id}>
              {typeLabel(t)}
            </option>
          ))}
        </optgroup>
      )}
    </select>
  );
}
