/**
 * The splits the eval reports, each described once here: the devset's (sentences the team wrote) and the
 * real-news set's parts (passages annotated by someone who had not read the rules).
 */
/** One row of the report: a split of one file, described once here. */
export interface SplitSpec {
  readonly file: 'devset' | 'real-news';
  readonly split: string;
  readonly title: string;
  /**
   * Committed blind and not scored yet: the eval leaves it out unless it is asked for by name
   * (`--split <name>`), so a routine run cannot score it by accident and the one scoring is deliberate.
   */
  readonly sealed?: boolean;
}

/** Whether a run asked for `only` (a split name, "all" or nothing) scores this split. */
export function scoresSplit(spec: SplitSpec, only: string | undefined): boolean {
  if (spec.sealed === true) return only === spec.split;
  return only === undefined || only === 'all' || only === spec.split;
}

/**
 * Ordinal words up to nine hundred and ninety-ninth, as the split titles write them ("fifty-second",
 * "hundred and first" after "a", "two hundredth").
 */
export function ordinalWord(n: number): string {
  const ones = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
  const teens = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth'];
  const moreTeens = ['seventeenth', 'eighteenth', 'nineteenth'];
  const tens = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
  const counts = ['', '', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
  if (n < 1 || n > 999 || !Number.isInteger(n)) throw new RangeError(`no ordinal word for ${n}`);
  if (n >= 100) {
    const hundred = n < 200 ? 'hundred' : `${counts[Math.floor(n / 100)] as string} hundred`;
    return n % 100 === 0 ? `${hundred}th` : `${hundred} and ${ordinalWord(n % 100)}`;
  }
  if (n < 10) return ones[n] as string;
  if (n < 20) return [...teens, ...moreTeens][n - 10] as string;
  const ten = tens[Math.floor(n / 10)] as string;
  return n % 10 === 0 ? `${ten.slice(0, -1)}ieth` : `${ten}-${ones[n % 10]}`;
}

/**
 * The later blind parts of the real-news set: [part, the round of rules it is scored after], and 'sealed'
 * while it waits for that one scoring. Add a part here, sealed, when it is committed.
 */
// prettier-ignore
const BLIND_PARTS: ReadonlyArray<readonly [part: number, round: number, sealed?: 'sealed']> = [
  [18, 14], [19, 14], [20, 15], [21, 15], [22, 16], [23, 16],
  [24, 17], [25, 17], [26, 18], [27, 18], [28, 19], [29, 19],
  [30, 20], [31, 20], [32, 21], [33, 21], [34, 22], [35, 22],
  [36, 23], [37, 23], [38, 24], [39, 24], [40, 25], [41, 25],
  [42, 26], [43, 26], [44, 27], [45, 27], [46, 28], [47, 28],
  [48, 29], [49, 29], [50, 30], [51, 30], [52, 31], [53, 31],
  [54, 31], [55, 32], [56, 32], [57, 32], [58, 33], [59, 33],
  [60, 33], [61, 33], [62, 34], [63, 34], [64, 34], [65, 34],
  [66, 35], [67, 35], [68, 35], [69, 35], [70, 36], [71, 36],
  [72, 36], [73, 36], [74, 37], [75, 38], [76, 37], [77, 37],
  [78, 38], [79, 38], [80, 38], [82, 39], [83, 39], [84, 39],
  [85, 39], [86, 40], [87, 40], [88, 40], [89, 40], [90, 41],
  [91, 41], [92, 41], [93, 42], [94, 42], [95, 42], [96, 43],
  [97, 43], [98, 43], [99, 44], [100, 44], [101, 44], [102, 45],
  [103, 45], [104, 45], [105, 46], [106, 46], [107, 46], [108, 47],
  [109, 47], [110, 47], [111, 48], [112, 48], [113, 48], [114, 49],
  [115, 49], [116, 49], [117, 50], [118, 50], [119, 50], [120, 51],
  [121, 51], [122, 51], [123, 52], [124, 52], [125, 52], [126, 53],
  [127, 53], [128, 53], [129, 54], [131, 54], [132, 55], [133, 55],
  [134, 55], [135, 56], [136, 56], [137, 56], [138, 57], [139, 57],
  [140, 57], [141, 58], [142, 58], [143, 58], [144, 59], [145, 59],
  [146, 59], [147, 60], [148, 60], [149, 60], [150, 61], [151, 61],
  [152, 61], [153, 62], [154, 62], [155, 62],
  [156, 63], [157, 63], [158, 63],
  [159, 64], [160, 64], [161, 64],
  [162, 65], [163, 65], [164, 65],
  [165, 66], [166, 66], [167, 66],
  [168, 67], [169, 67], [170, 67],
  [171, 68], [172, 68], [173, 68],
  [174, 69], [175, 69], [176, 69],
  [177, 70], [178, 70], [179, 70],
  [180, 71], [181, 71], [182, 71],
  [183, 72], [184, 72], [185, 72],
  [186, 73], [187, 73], [188, 73],
  [189, 74], [190, 74], [191, 74],
  [192, 75], [193, 75], [194, 75],
  [195, 76], [196, 76], [197, 76],
  [198, 77], [199, 77], [200, 77],
  [201, 78], [202, 78], [203, 78],
  [204, 79], [205, 79], [206, 79],
  [207, 80], [208, 80], [209, 80],
  [210, 81], [211, 81], [212, 81],
  [213, 82], [214, 82], [215, 82],
  [216, 83, 'sealed'], [217, 83, 'sealed'], [218, 83, 'sealed'],
];

/** Parts two annotators wrote, each too short alone, and their words for the title. */
const SHARED_PARTS: ReadonlyMap<number, string> = new Map([
  [75, 'a seventy-fifth and an eighty-first annotator'],
  [83, 'an eighty-third annotator and a second who completed it'],
  [89, 'an eighty-ninth annotator and a second who completed it'],
  [106, 'a hundred and sixth annotator and a second who completed it'],
  [108, 'a hundred and eighth annotator and a second who completed it'],
  [127, 'a hundred and twenty-seventh annotator and a second who completed it'],
  [131, 'a hundred and thirty-first annotator and a second who completed it'],
  [135, 'a hundred and thirty-fifth annotator and a second who completed it'],
  [136, 'a hundred and thirty-sixth annotator and a second who completed it'],
  [137, 'a hundred and thirty-seventh annotator and a second who completed it'],
  [152, 'a hundred and fifty-second annotator and a second who completed it'],
]);

function blindPart([part, round, sealed]: (typeof BLIND_PARTS)[number]): SplitSpec {
  const ordinal = ordinalWord(part);
  const annotators = SHARED_PARTS.get(part) ?? `${ordinal.startsWith('e') ? 'an' : 'a'} ${ordinal} annotator`;
  return {
    file: 'real-news',
    split: `news-blind-${part}`,
    title: `real public-domain news, ${annotators}; scored once after the ${ordinalWord(round)} round`,
    ...(sealed ? { sealed: true } : {}),
  };
}

export const SPLITS: readonly SplitSpec[] = [
  { file: 'devset', split: 'dev', title: 'the rules were tuned on these' },
  { file: 'devset', split: 'test', title: 'held out; scored blind only on its first run' },
  { file: 'devset', split: 'blind2', title: 'analytical prose; scored blind once before the second round' },
  { file: 'devset', split: 'blind3', title: 'other regions; scored blind once before the third round' },
  {
    file: 'devset',
    split: 'blind4',
    title: 'written without sight of the rules, scored blind in the fourth round',
  },
  { file: 'real-news', split: 'news-dev', title: 'real public-domain news; the rules may be tuned on these' },
  {
    file: 'real-news',
    split: 'news-blind',
    title: 'real public-domain news, annotated blind; scored once, then tuned on in the next round',
  },
  {
    file: 'real-news',
    split: 'news-blind-2',
    title: 'real public-domain news, a second annotator; committed before the round, scored once',
  },
  {
    file: 'real-news',
    split: 'news-blind-3',
    title: 'real public-domain news, a third annotator; scored once after the second round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-4',
    title: 'real public-domain news, a fourth annotator; scored once after the third round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-5',
    title: 'real public-domain news, a fifth annotator; scored once after the fourth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-6',
    title: 'real public-domain news, a sixth annotator; scored once, after the fifth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-7',
    title: 'real public-domain news, a seventh annotator; scored once after the sixth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-8',
    title: 'real public-domain news, an eighth annotator; scored once after the seventh round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-9',
    title: 'real public-domain news, a ninth annotator; scored once after the eighth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-10',
    title: 'real public-domain news, a tenth annotator; scored once after the ninth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-11',
    title: 'real public-domain news, an eleventh annotator; scored once after the tenth round',
  },
  {
    file: 'real-news',
    split: 'news-blind-12',
    title:
      'real public-domain news, a twelfth annotator; scored once after the eleventh round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-13',
    title:
      'real public-domain news, a thirteenth annotator; scored once after the eleventh round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-14',
    title:
      'real public-domain news, a fourteenth annotator; scored once after the twelfth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-15',
    title:
      'real public-domain news, a fifteenth annotator; scored once after the twelfth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-16',
    title:
      'real public-domain news, a sixteenth annotator; scored once after the thirteenth round, then tuned on',
  },
  {
    file: 'real-news',
    split: 'news-blind-17',
    title:
      'real public-domain news, a seventeenth annotator; scored once after the thirteenth round, then tuned on',
  },
  ...BLIND_PARTS.map(blindPart),
];
