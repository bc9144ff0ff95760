/**
 * The words that make a title ("Secretary" in "Defence Secretary"); a name must follow one. The
 * sentence splitter reads them (initials after a title open a name) and so does the extractor.
 */
export const TITLE_HEADS: ReadonlySet<string> = new Set(
  [
    'president|minister|secretary|secretary-general|undersecretary|chancellor|premier|king|queen|prince|princess',
    'emir|sheikh|general|gen|admiral|adm|colonel|col|marshal|envoy|ambassador|spokesman|spokeswoman',
    'spokesperson|commander|leader|senator|sen|governor|gov|mayor|chairman|chairwoman|director|pope',
    'ayatollah|rep|representative|lawmaker|diplomat|negotiator|chief|counterpart|advisor|adviser|head',
    'commodore|captain|officer|ceo|mediator|congressman|congresswoman|sultan|sir|inspector',
  ].flatMap((line) => line.split('|')),
);
