import type { Attributes } from '../../domain/types';

/** The fields a foreign graph file carried that have no place of their own, as read. */
export function AttributesTable({ attributes, caption }: { attributes?: Attributes; caption: string }) {
  const entries = Object.entries(attributes ?? {});
  if (entries.length === 0) return null;
  return (
    <table className="attributes" data-testid="attributes">
      <caption>{caption}</caption>
      <tbody>
        {entries.map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td>{String(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
