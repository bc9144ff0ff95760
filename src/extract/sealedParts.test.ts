import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SPLITS } from './evalData';
import { extract } from './extract';

// The eval reads sealed parts only at their one scoring; this checks before then that the extractor can
// read every one of their passages. Nothing of what it reads is looked at or printed.

const data = JSON.parse(readFileSync('data/devset/real-news.json', 'utf8')) as {
  items: Array<{ id: string; split: string; text: string }>;
};
const sealed = new Set(SPLITS.filter((spec) => spec.sealed === true).map((spec) => spec.split));

describe('the passages of sealed real-news parts', () => {
  it('are all read without an error', () => {
    const failed: string[] = [];
    for (const item of data.items.filter((i) => sealed.has(i.split))) {
      try {
        extract(item.text, { id: item.id, title: item.id, published: '2025-01-01' });
      } catch {
        failed.push(item.id);
      }
    }
    expect(failed).toEqual([]);
  });
});
