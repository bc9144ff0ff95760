import { describe, expect, it } from 'vitest';
import { extract } from './extract';
import { sortedIds } from './testing/sortedIds';

const ids = sortedIds;

describe('"his Russian counterpart"', () => {
  it('is the person of that state the text named before', () => {
    expect(ids('Vladimir Putin spoke on Monday. Xi Jinping praised his Russian counterpart.')).toEqual([
      'xi-jinping>putin:praises',
    ]);
    expect(
      ids('Emmanuel Macron met Olaf Scholz in Paris. On Friday Macron criticised his German counterpart.'),
    ).toEqual(['emmanuel-macron>olaf-scholz:denounces', 'emmanuel-macron>olaf-scholz:negotiates_with']);
  });

  it('is the person of that state named earlier in the same sentence', () => {
    expect(
      ids(
        'Music honoring Indian Prime Minister Atal Bihari Vajpayee echoed across the square as Wen Jiabao greeted his Indian counterpart.',
      ),
    ).toEqual(['atal-bihari-vajpayee>wen-jiabao:negotiates_with']);
  });

  it('stays the state when the text has named no one of it', () => {
    expect(ids('Macron criticised his German counterpart over tariffs.')).toEqual([
      'emmanuel-macron>germany:denounces',
    ]);
    // "Thai" is listed among Thailand's other spellings as well as its demonym.
    expect(ids('Vladimir Putin met his Thai counterpart.')).toEqual(['putin>thailand:negotiates_with']);
  });

  it('is the person named right after it, set off by a comma, even in a list after "between"', () => {
    expect(
      ids('A meeting between Putin and his Turkish counterpart, Recep Tayyip Erdogan, took place.'),
    ).toEqual(['putin>recep-tayyip-erdogan:negotiates_with']);
    expect(ids('Azerbaijani President Ilham Aliyev met his Armenian counterpart, Serzh Sarkisyan.')).toEqual([
      'ilham-aliyev>serzh-sargsyan:negotiates_with',
    ]);
    // An adjective or two may stand between the possessive and the demonym.
    expect(
      ids(
        'President Medvedev and his visiting Belarusian counterpart, Alexander Lukashenko, agreed to create a joint air-defense system.',
      ),
    ).toEqual(['alexander-lukashenko>dmitry-medvedev:agrees_with']);
    // VOA, 2011, spelling the first name "Ilam": a first name the lexicon lacks, before a known surname.
    expect(ids('Medvedev has met with his Azerbaijani counterpart, Ilam Aliyev, for talks.')).toEqual([
      'dmitry-medvedev>ilham-aliyev:negotiates_with',
    ]);
    expect(ids('Vladimir Putin spoke on Monday. Xi Jinping praised his new Russian counterpart.')).toEqual([
      'xi-jinping>putin:praises',
    ]);
  });

  it('takes the person of the state the demonym names, not the last person named', () => {
    expect(
      ids('Olaf Scholz and Vladimir Putin spoke on Monday. Xi Jinping praised his Russian counterpart.'),
    ).toContain('xi-jinping>putin:praises');
  });
});

describe('"the French president"', () => {
  const named = 'French President Nicolas Sarkozy arrived in Moscow on Monday. ';

  it('is the person of that state the text named before', () => {
    expect(ids(`${named}Russian President Dmitri Medvedev met the French president near Moscow.`)).toContain(
      'dmitry-medvedev>nicolas-sarkozy:negotiates_with',
    );
    expect(ids(`${named}Later the French leader went to Tbilisi for talks with Georgia.`)).toContain(
      'georgia>nicolas-sarkozy:negotiates_with',
    );
  });

  it('is so for a short name as for a demonym, and for "the top U.S. diplomat"', () => {
    const pompeo = 'U.S. Secretary of State Mike Pompeo arrived in Sochi. ';
    expect(ids(`${pompeo}Later the American diplomat met with Russian President Vladimir Putin.`)).toEqual([
      'mike-pompeo>putin:negotiates_with',
    ]);
    expect(ids(`${pompeo}The top U.S. diplomat also warned Moscow.`)).toEqual(['mike-pompeo>russia:warns']);
    expect(ids('Zimbabwean President Robert Mugabe spoke. The Zimbabwe leader accuses Britain.')).toEqual([
      'robert-mugabe>united-kingdom:accuses',
    ]);
  });

  it('is so after a state\'s possessive: "America\'s top diplomat", "Sudan\'s president"', () => {
    const kerry = 'U.S. Secretary of State John Kerry spoke in Addis Ababa. ';
    expect(ids(`${kerry}America’s top diplomat met Sudanese Foreign Minister Ali Karti.`)).toEqual([
      'ali-karti>john-kerry:negotiates_with',
    ]);
    expect(ids(`${kerry}The United States' top diplomat warned Moscow.`)).toEqual([
      'john-kerry>russia:warns',
    ]);
    expect(
      ids('Omar al-Bashir spoke. Gordon Brown urged Sudan’s president to reverse the expulsion.'),
    ).toEqual(['gordon-brown>omar-al-bashir:demands']);
    // "President-elect" is another office than Lee's: the possessive stays the state.
    expect(
      ids('Taiwanese President Lee Teng-hui spoke. China warned Taiwan’s President-elect Chen.'),
    ).toEqual(['china>taiwan:warns']);
  });

  it('stays the state when no one of it was named, and gives way to a name that follows', () => {
    expect(ids('The French president met Putin.')).toEqual(['france>putin:negotiates_with']);
    expect(ids(`${named}Putin met the French President Emmanuel Macron.`)).toContain(
      'emmanuel-macron>putin:negotiates_with',
    );
  });

  it('gives way to a name set off by a comma after a possessive office too', () => {
    // VOA, 2014: "President Obama met on Thursday with Myanmar's President, Thein Sein."
    const suuKyi = 'President Barack Obama met Friday with Aung San Suu Kyi in Myanmar. ';
    expect(ids(`${suuKyi}President Obama met on Thursday with Myanmar's President, Thein Sein.`)).toEqual([
      'aung-san-suu-kyi>barack-obama:negotiates_with',
      'barack-obama>thein-sein:negotiates_with',
    ]);
    // A name after the comma that opens the next clause does not hold the office.
    const met = 'Wen Jiabao met Manmohan Singh in Beijing. ';
    const during = 'During his meeting with the Indian prime minister, Premier Wen said trade would grow.';
    const [meeting, ...others] = extract(met + during, {}, { pairModel: false }).relations;
    expect(others).toEqual([]);
    expect(meeting?.id).toBe('manmohan-singh>wen-jiabao:negotiates_with');
    expect(meeting?.evidence).toHaveLength(2);
  });
});

describe('people a demonym describes', () => {
  it('act for themselves as a subject', () => {
    expect(ids('Venezuelan citizens demanded Maduro allow the aid to cross.')).toEqual([]);
    expect(ids('Activists and thousands of Iranian protesters denounced the United States.')).toEqual([]);
  });

  it('still stand for their state as an object, and officials still act for it', () => {
    expect(ids('Taiwan protested the Japanese activists landing on Sunday.')).toEqual([
      'taiwan>japan:denounces',
    ]);
    expect(ids('Russian officials accused Ukraine.')).toEqual(['russia>ukraine:accuses']);
  });
});

describe('a counterpart named after the title', () => {
  it('is the person met, not the possessive nor the state', () => {
    expect(ids('Putin met his Chinese counterpart Xi Jinping.')).toEqual([
      'putin>xi-jinping:negotiates_with',
    ]);
    expect(ids('Modi praised his Russian counterpart, Vladimir Putin, on Monday.')).toEqual([
      'narendra-modi>putin:praises',
    ]);
  });
});

describe('a person named with a title inside a list', () => {
  it('takes the title and the state that gives it into the person, so the list holds', () => {
    expect(ids('A meeting between Iranian President Hassan Rouhani and Saudi King Salman was set.')).toEqual([
      'hassan-rouhani>salman:negotiates_with',
    ]);
    expect(
      ids(
        'A meeting between Iranian Foreign Minister Hossein Amirabdollahian and his Saudi counterpart Prince Faisal bin Farhan was set.',
      ),
    ).toEqual(['faisal-bin-farhan>hossein-amirabdollahian:negotiates_with']);
    expect(
      ids(
        'The accord was signed by Foreign Minister Wang Yi and Solomon Islands Foreign Minister Jeremiah Manele.',
      ),
    ).toEqual(['jeremiah-manele>wang-yi:agrees_with']);
    // Several demonyms give the title, and a lower-case head counts after them.
    expect(
      ids(
        'He hosted a meeting between the Greek Cypriot President Demetris Christofias and Turkish Cypriot leader Mehmet Ali Talat.',
      ),
    ).toEqual(['demetris-christofias>mehmet-ali-talat:negotiates_with']);
  });
});

describe('a person "of" a state', () => {
  it('holds the state as their own, so a list of such persons pairs the persons', () => {
    expect(
      ids(
        'Presidents Paul Kagame of Rwanda and Joseph Kabila of the DRC said they have agreed to find new ways to persuade the rebels.',
      ),
    ).toEqual(['joseph-kabila>paul-kagame:agrees_with']);
  });
});

describe('a counterpart named after a possessive or a title', () => {
  it('is the person named, with or without a demonym or a comma and title between', () => {
    expect(ids('Putin meets with his counterpart Dmitry Medvedev.')).toEqual([
      'dmitry-medvedev>putin:negotiates_with',
    ]);
    expect(ids('Lavrov met his Polish counterpart, Foreign Minister Radoslaw Sikorski.')).toEqual([
      'radoslaw-sikorski>sergei-lavrov:negotiates_with',
    ]);
  });
});

describe('an armed group named after a demonym', () => {
  it('is the group alone, not the state the demonym names', () => {
    expect(ids("U.S. troops are battling Ugandan Lord's Resistance Army rebels.")).toEqual([
      'usa>lords-resistance-army:attacks',
    ]);
    expect(ids('Lebanese Hezbollah fired rockets into northern Israel.')).toEqual([
      'hezbollah>israel:attacks',
    ]);
  });
});
