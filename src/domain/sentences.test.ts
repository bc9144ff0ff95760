import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, segmentSentences, sentencesCovering } from './sentences';

const sentences = (text: string): string[] => segmentSentences(text).map((s) => text.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('splits plain prose and trims whitespace', () => {
    expect(sentences('  Russia attacked.  China objected!\nWhy? ')).toEqual([
      'Russia attacked.',
      'China objected!',
      'Why?',
    ]);
  });

  it('keeps titles and months together with what follows', () => {
    expect(sentences('Mr. Wang met Gen. Smith on Jan. 5, 2024. Sen. Warren spoke.')).toEqual([
      'Mr. Wang met Gen. Smith on Jan. 5, 2024.',
      'Sen. Warren spoke.',
    ]);
    expect(sentences('Dr. Tedros and Gov. Newsom met at St. Paul’s. It rained.')).toEqual([
      'Dr. Tedros and Gov. Newsom met at St. Paul’s.',
      'It rained.',
    ]);
  });

  it('keeps single-letter initials inside names', () => {
    expect(sentences('John F. Kennedy met Nikita S. Khrushchev in Vienna. They talked.')).toEqual([
      'John F. Kennedy met Nikita S. Khrushchev in Vienna.',
      'They talked.',
    ]);
  });

  it('keeps dotted initials after a title inside the name they open', () => {
    expect(sentences('State Department spokesman P.J. Crowley said Cuba must act. Cuba agreed.')).toEqual([
      'State Department spokesman P.J. Crowley said Cuba must act.',
      'Cuba agreed.',
    ]);
    expect(sentences('Indian Defense Minister A.K. Antony visited China.')).toHaveLength(1);
    // Elsewhere such a dotted word may still end a sentence.
    expect(sentences('He moved to the U.S. Then he left.')).toHaveLength(2);
  });

  it('keeps a quotation that ends in ! or ? with its attribution', () => {
    expect(sentences('"Stop the war!" it said. "Why now?" she asked. Then they left.')).toEqual([
      '"Stop the war!" it said.',
      '"Why now?" she asked.',
      'Then they left.',
    ]);
    expect(sentences('“Never!” the minister replied. Talks resumed.')).toEqual([
      '“Never!” the minister replied.',
      'Talks resumed.',
    ]);
  });

  it('reads "No." before a number and "U.S." before a title as part of the sentence', () => {
    expect(
      sentences('He lives at No. 10 Downing Street. The U.S. President left. He went to the U.S. Then home.'),
    ).toEqual([
      'He lives at No. 10 Downing Street.',
      'The U.S. President left.',
      'He went to the U.S.',
      'Then home.',
    ]);
  });

  it('keeps "U.S." before an agency or service inside the sentence, as real reports write them', () => {
    // VOA, 2014-12-19 and 2019: "who worked for the U.S. Agency for International Development",
    // "a U.S. Coast Guard ship".
    expect(
      sentences(
        'Gross worked for the U.S. Agency for International Development. A U.S. Coast Guard ship came.',
      ),
    ).toEqual([
      'Gross worked for the U.S. Agency for International Development.',
      'A U.S. Coast Guard ship came.',
    ]);
  });

  it('treats blank lines as hard breaks, including after a title without final punctuation', () => {
    expect(sentences('A Title Without a Stop\n\nFirst sentence here. Second one.')).toEqual([
      'A Title Without a Stop',
      'First sentence here.',
      'Second one.',
    ]);
  });

  it('rejoins hard-wrapped lines', () => {
    const text =
      'The ministers of both countries agreed on Tuesday\nthat the talks would continue next month. Next.';
    expect(sentences(text)).toEqual([
      'The ministers of both countries agreed on Tuesday\nthat the talks would continue next month.',
      'Next.',
    ]);
  });

  it('returns nothing for empty or blank text', () => {
    expect(segmentSentences('')).toEqual([]);
    expect(segmentSentences(' \n\n \t')).toEqual([]);
  });

  it('gives the same sentences for long texts it segments in chunks', () => {
    const paragraph = 'China accused the U.S. of meddling. Mr. Li said so on Jan. 3. "No!" it said.\n';
    const text = paragraph.repeat(600);
    const found = sentences(text);
    expect(found).toHaveLength(1800);
    expect(new Set(found)).toEqual(
      new Set(['China accused the U.S. of meddling.', 'Mr. Li said so on Jan. 3.', '"No!" it said.']),
    );
  });

  it('splits one long line without newlines at sentence ends', () => {
    const text = 'Iran warned Israel. '.repeat(2000);
    expect(segmentSentences(text)).toHaveLength(2000);
  });

  it('cuts text without sentence ends into bounded pieces, at clause marks where it can', () => {
    const text = 'Iran and Iraq, Egypt and Qatar; '.repeat(5000);
    const spans = segmentSentences(text);
    for (const s of spans) expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
    expect(text.slice(spans[0]?.start, spans[0]?.end).endsWith(';')).toBe(true);
    const glued = 'x'.repeat(3 * MAX_SENTENCE_LENGTH + 5);
    expect(segmentSentences(glued).map((s) => s.end - s.start)).toEqual([
      MAX_SENTENCE_LENGTH,
      MAX_SENTENCE_LENGTH,
      MAX_SENTENCE_LENGTH,
      5,
    ]);
  });

  it('returns ordered, disjoint, trimmed spans inside the text (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.constantFrom(
            'Mr. ',
            'Xi ',
            'met ',
            'Putin',
            '. ',
            '! ',
            '? ',
            '"',
            '\n',
            '\n\n',
            'it said',
            'U.S. ',
            'A. ',
            'é',
          ),
          { maxLength: 60 },
        ),
        (parts) => {
          const text = parts.join('');
          let previous = 0;
          for (const s of segmentSentences(text)) {
            expect(s.start).toBeGreaterThanOrEqual(previous);
            expect(s.end).toBeGreaterThan(s.start);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
            previous = s.end;
          }
        },
      ),
    );
  });
});

describe('sentencesCovering', () => {
  const text = 'Russia attacked.  China objected! Why? ';
  const all = segmentSentences(text);
  const at = (word: string) => text.indexOf(word);

  it('widens a few words to their whole sentence', () => {
    const run = sentencesCovering(all, at('objected'), at('objected') + 4);
    expect(run && text.slice(run.start, run.end)).toBe('China objected!');
    expect(run).toMatchObject({ first: 1, last: 1 });
  });

  it('takes every sentence a selection crosses, whole', () => {
    const run = sentencesCovering(all, at('attacked'), at('China') + 2);
    expect(run && text.slice(run.start, run.end)).toBe('Russia attacked.  China objected!');
    expect(run).toMatchObject({ first: 0, last: 1 });
  });

  it('reads an empty selection as the character after it', () => {
    expect(sentencesCovering(all, at('Why'), at('Why'))).toMatchObject({ first: 2, last: 2 });
    expect(sentencesCovering(all, 0, 0)).toMatchObject({ first: 0, last: 0 });
  });

  it('finds nothing in the space between sentences or past the end', () => {
    expect(sentencesCovering(all, at('attacked.') + 9, at('China'))).toBeNull();
    expect(sentencesCovering(all, text.length, text.length)).toBeNull();
    expect(sentencesCovering([], 0, 3)).toBeNull();
  });
});
