import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dataset } from '../../src/data/dataset.generated.js';
import { validateDataset } from '../../src/data/validate.js';
import { GARBLE_PATTERN } from '../../src/data/schema.js';
import { FINDING_KINDS } from '../../src/data/vocabulary.js';
import type { Finding, Unit } from '../../src/data/types.js';
import { loadRawDataset, repoPath } from './helpers.js';

/** Every number a finding states, including the values other articles give. */
function figuresOf(finding: Finding): number[] {
  const own =
    finding.kind === 'stat'
      ? [finding.value, ...(finding.valueTo === undefined ? [] : [finding.valueTo])]
      : finding.kind === 'comparison'
        ? finding.values.map((entry) => entry.value)
        : finding.points.map((point) => point.value);
  return [...own, ...(finding.conflictingValues ?? []).map((entry) => entry.value)];
}

const findingById = (id: string) => {
  const finding = dataset.findings.find((candidate) => candidate.id === id);
  assert.ok(finding, `finding ${id} exists`);
  return finding;
};

const NUMBER_WORDS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?`;

/** "ninety-four" → 94, "17" → 17, "1.000" / "10,000" → 1000 / 10000 (a separator before three digits groups thousands). */
function readNumber(text: string): number {
  const lower = text.toLowerCase();
  if (/^[a-z-]+$/.test(lower)) return lower.split('-').reduce((sum, word) => sum + (NUMBER_WORDS[word] ?? NaN), 0);
  if (/^\d{1,3}(?:[.,]\d{3})+$/.test(lower)) return Number(lower.replace(/[.,]/g, ''));
  return Number(lower);
}

/** The numbers an article states in each unit: "90%", "Ninety-four percent", "10-15%", "2.4 times", "10,000". */
function statedNumbers(text: string): Record<Unit, Set<number>> {
  const digits = String.raw`\d{1,3}(?:[.,]\d{3})+|\d+(?:\.\d+)?`;
  const amount = `${digits}|${NUMBER_WORD}`;
  const percent = new Set<number>();
  const rangeOrOne = new RegExp(String.raw`\b(${amount})(?:\s*(?:-|–|to)\s*(${amount}))?\s*(?:%|percent\b)`, 'gi');
  for (const match of text.matchAll(rangeOrOne)) {
    percent.add(readNumber(match[1]!));
    if (match[2]) percent.add(readNumber(match[2]));
  }
  const multiple = new Set([...text.matchAll(new RegExp(String.raw`\b(${digits})\s*times\b`, 'gi'))].map((match) => readNumber(match[1]!)));
  const count = new Set([...text.matchAll(new RegExp(String.raw`\b(${amount})\b`, 'gi'))].map((match) => readNumber(match[1]!)));
  return { percent, 'percent-increase': percent, multiple, count };
}

/** Lower case, digits as words, "out of" as "in": so "Nearly 9 in 10" and "nine out of 10" read as the phrasings we store. */
function normalisePhrasing(text: string): string {
  const digitWords = Object.fromEntries(Object.entries(NUMBER_WORDS).map(([word, value]) => [String(value), word]));
  return text
    .toLowerCase()
    .replace(/\b\d+\b/g, (digit) => digitWords[digit] ?? digit)
    .replace(/\bout of\b/g, 'in')
    .replace(/[‘’“”"]/g, '')
    .replace(/\s+/g, ' ');
}

/** Whether an article words a figure as the phrasing does: "nine in ten" is not found in "nearly nine in ten". */
function statesPhrasing(text: string, phrasing: string): boolean {
  const escaped = normalisePhrasing(phrasing).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<!nearly |about |almost |over |more than )(?<![\\w-])${escaped}(?![\\w-])`).test(normalisePhrasing(text));
}

/** The value a ratio phrasing stands for ("nine in ten" → 90, "three-quarters" → 75, "twice" → 2), if it is one. */
function phrasingReading(phrasing: string): number | undefined {
  const text = normalisePhrasing(phrasing).replace(/^(?:nearly|about|almost|over|more than) /, '');
  const ratio = new RegExp(`^(${NUMBER_WORD}) in (${NUMBER_WORD})$`).exec(text);
  if (ratio) return Math.round((readNumber(ratio[1]!) / readNumber(ratio[2]!)) * 1000) / 10;
  return { 'three-quarters': 75, 'three quarters': 75, half: 50, twice: 2 }[text];
}

describe('the shipped dataset', () => {
  it('is exactly what data/findings.json holds, validated', () => {
    const result = validateDataset(loadRawDataset());
    assert.ok(result.ok);
    assert.deepEqual(dataset, result.dataset, 'run `npm run data` to regenerate src/data/dataset.generated.ts');
  });

  it('has unique, kebab-case finding ids', () => {
    const ids = dataset.findings.map((finding) => finding.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('keeps every published finding id (embeds in the wild use them)', () => {
    const published: string[] = JSON.parse(readFileSync(repoPath('tests/node/finding-ids.json'), 'utf8'));
    const current = new Set(dataset.findings.map((finding) => finding.id));
    assert.deepEqual(published.filter((id) => !current.has(id)), [], 'ids removed or renamed');
    const listed = new Set(published);
    assert.deepEqual(
      [...current].filter((id) => !listed.has(id)),
      [],
      'new ids must be added to tests/node/finding-ids.json',
    );
  });

  it('cites every source article and sources every finding', () => {
    const cited = new Set(dataset.findings.flatMap((finding) => finding.sources));
    assert.deepEqual(
      dataset.sources.map((source) => source.id).filter((id) => !cited.has(id)),
      [],
    );
    for (const finding of dataset.findings) assert.ok(finding.sources.length > 0, finding.id);
  });

  it('links every seeAlso both ways', () => {
    const seeAlso = new Map(dataset.findings.map((finding) => [finding.id, finding.seeAlso ?? []]));
    const oneWay = dataset.findings.flatMap((finding) =>
      (finding.seeAlso ?? []).filter((id) => !seeAlso.get(id)?.includes(finding.id)).map((id) => `${finding.id} → ${id}`),
    );
    assert.deepEqual(oneWay, []);
  });

  it('says why wherever a figure is doubted, and marks it doubtful', () => {
    for (const finding of dataset.findings) {
      const doubtedInNote = /\bdoubtful\b/i.test(finding.note ?? '');
      if (finding.confidence === 'doubtful') assert.ok(doubtedInNote, `${finding.id}: the note must say why it is doubtful`);
      else assert.ok(!doubtedInNote, `${finding.id}: the note calls it doubtful, so set confidence: "doubtful"`);
    }
    assert.ok(dataset.findings.some((finding) => finding.confidence === 'doubtful'));
  });

  it('gives a comparison that is not comparable a short reason and no claimed difference', () => {
    for (const finding of dataset.findings) {
      if (finding.kind !== 'comparison') {
        assert.equal((finding as { notComparable?: unknown }).notComparable, undefined, finding.id);
        continue;
      }
      // The US respondents are part of every global sample in the data: such a comparison is never like for like.
      if (finding.region === 'global-and-united-states') assert.ok(finding.notComparable, `${finding.id}: needs notComparable`);
      if (finding.notComparable === undefined) continue;
      assert.ok(finding.notComparable.length < 160, `${finding.id}: notComparable is shown in place of the difference; keep it short`);
      assert.doesNotMatch(finding.notComparable, /\d/, `${finding.id}: notComparable gives the reason, not figures`);
      assert.doesNotMatch(finding.statement, /\b(than|less|more|higher|lower|fewer|gap|ahead|behind|points?)\b/i, `${finding.id}: the statement must not claim a difference`);
    }
  });

  it('draws a phrasing-only value at the phrasing’s own reading', () => {
    const entries = dataset.findings.flatMap((finding) =>
      (finding.kind === 'stat' ? [finding] : finding.kind === 'comparison' ? finding.values : finding.points).map((entry) => ({
        id: finding.id,
        ...entry,
      })),
    );
    const phrasingOnly = entries.filter((entry) => entry.phrasingOnly);
    assert.ok(phrasingOnly.length > 0);
    for (const entry of phrasingOnly) {
      assert.ok(entry.phrasing, `${entry.id}: phrasingOnly needs the phrasing`);
      assert.equal(phrasingReading(entry.phrasing), entry.value, `${entry.id}: ${entry.value} is not the reading of "${entry.phrasing}"`);
    }
  });

  it('refuses a figure outside its unit’s range, for every unit', () => {
    // The validator holds the ranges (src/data/units.ts); this feeds it one broken figure per unit.
    const broken: Array<[Unit, number]> = [['percent', 120], ['percent-increase', -5], ['multiple', 0], ['count', 2.5]];
    for (const [unit, value] of broken) {
      const raw = loadRawDataset();
      const stat = raw.findings.find((finding) => finding.kind === 'stat' && finding.valueTo === undefined);
      assert.ok(stat && stat.kind === 'stat');
      Object.assign(stat, { unit, value, phrasing: undefined, phrasingOnly: undefined, qualifier: undefined });
      const result = validateDataset(raw);
      assert.equal(result.ok, false, `${unit} ${value} passed validation`);
      if (!result.ok) assert.ok(result.errors.some((error) => error.includes(`${stat.id}" → value`) && error.includes(String(value))), `${unit}: ${result.errors.join('; ')}`);
    }
  });

  it('holds findings of every kind and from every report', () => {
    for (const kind of FINDING_KINDS) assert.ok(dataset.findings.some((finding) => finding.kind === kind), kind);
    for (const report of dataset.reports) {
      assert.ok(dataset.findings.some((finding) => finding.report === report.id), report.id);
    }
  });

  it('carries no machine-translation garble outside quoted headlines', () => {
    const { sources, ...rest } = loadRawDataset();
    const withoutHeadlines = { rest, sources: sources.map((source) => ({ ...source, headline: null })) };
    assert.equal(GARBLE_PATTERN.exec(JSON.stringify(withoutHeadlines))?.[0], undefined);
  });

  describe('records where the articles disagree', () => {
    it('keeps 85% both as employers more likely to hire and as students seeing better prospects', () => {
      const employers = findingById('employers-more-likely-to-hire');
      const students = findingById('students-better-job-prospects');
      assert.deepEqual(figuresOf(employers), [85]);
      assert.deepEqual(figuresOf(students), [85]);
      assert.deepEqual(employers.sources, ['coursera-blog-2025']);
      assert.deepEqual(students.sources, ['workplace-journal-2025', 'eschool-news-2025']);
      assert.ok(employers.note && students.note);
      assert.deepEqual(employers.seeAlso, ['students-better-job-prospects']);
      assert.deepEqual(students.seeAlso, ['employers-more-likely-to-hire']);
    });

    it('keeps 96% and 93% of students on GenAI in degree programmes', () => {
      const finding = findingById('students-genai-in-degrees');
      assert.deepEqual(figuresOf(finding), [96, 93]);
      assert.deepEqual(finding.conflictingValues?.[0]?.sources, ['coursera-blog-2025']);
      // The machine-translated article gives 93%, not 96%: it is cited on the conflicting value only.
      assert.deepEqual(finding.sources, ['eschool-news-2025']);
      assert.ok(finding.note);
    });

    it('flags the garbled "one in 10 employers" as doubtful', () => {
      const finding = findingById('employers-skills-based-hiring-with-credentials');
      assert.equal(finding.kind === 'stat' && finding.phrasing, 'one in ten');
      assert.match(finding.note ?? '', /machine-translated/);
    });

    it('keeps both descriptions of the 2025 sample', () => {
      const report = dataset.reports.find((candidate) => candidate.id === 'mcir-2025');
      assert.deepEqual(
        report?.samples.map((sample) => [sample.who, sample.count, sample.qualifier ?? 'exact']),
        [
          ['students and employers', 2000, 'more-than'],
          ['employers', 1000, 'more-than'],
          ['learners', 1200, 'exact'],
        ],
      );
      assert.deepEqual(report?.coverage.map((cover) => [cover.what, cover.count]), [['regions', 6]]);
    });
  });
});

// The articles sit beside the repository (../shared/seeds) in this project's workspace,
// not in the published package: these checks run where they are present.
const seedsFolder = repoPath('../shared/seeds');
const seeds = existsSync(seedsFolder) ? readdirSync(seedsFolder).filter((name) => name.endsWith('.txt')) : [];
const seedFile: Record<string, string> = {
  'coursera-blog-2025': '000_952d630d8f454c39.txt',
  'workplace-journal-2025': '001_41d5c5dcb7807d9c.txt',
  'eschool-news-2025': '002_d0f17232c0e2affd.txt',
  'campus-technology-dynata': '003_643a8fde74d2091b.txt',
  'coursera-blog-2024': '004_43eff454d6c49705.txt',
};

/** Text of one article without the page furniture that follows it. */
function articleText(sourceId: string): string {
  const text = readFileSync(`${seedsFolder}/${seedFile[sourceId]}`, 'utf8');
  const furniture = /\n(Related Articles|Jessica O'Connor\n|Sign up for our newsletter|About the Author)/.exec(text);
  return furniture ? text.slice(0, furniture.index) : text;
}

/** One value a finding shows, with the sources that vouch for it. */
interface CitedValue {
  where: string;
  value: number;
  unit: Unit;
  phrasing?: string | undefined;
  phrasingOnly?: true | undefined;
  sources: readonly string[];
}

function citedValues(finding: Finding): CitedValue[] {
  const { unit, sources } = finding;
  const entries =
    finding.kind === 'stat'
      ? [
          { where: 'value', value: finding.value, phrasing: finding.phrasing, phrasingOnly: finding.phrasingOnly },
          ...(finding.valueTo === undefined ? [] : [{ where: 'valueTo', value: finding.valueTo }]),
        ]
      : finding.kind === 'comparison'
        ? finding.values.map((entry) => ({ ...entry, where: `values "${entry.label}"` }))
        : finding.points.map((point) => ({ ...point, where: `points ${point.date}` }));
  return [
    ...entries.map((entry) => ({ ...entry, unit, sources })),
    ...(finding.conflictingValues ?? []).map((entry, i) => ({
      where: `conflictingValues[${i}]`,
      value: entry.value,
      unit,
      sources: entry.sources,
    })),
  ].map((entry) => ({ ...entry, where: `${finding.id} ${entry.where}` }));
}

describe('against the source articles', { skip: seeds.length === 0 ? 'the seed articles are not beside this checkout' : false }, () => {
  const words = (text: string) => text.toLowerCase().replace(/[^a-z0-9%]+/g, ' ').trim().split(' ');

  it('writes every statement in its own words (no run of 8 words copied)', () => {
    const runs = new Set<string>();
    for (const sourceId of Object.keys(seedFile)) {
      const tokens = words(articleText(sourceId));
      for (let i = 0; i + 8 <= tokens.length; i++) runs.add(tokens.slice(i, i + 8).join(' '));
    }
    const copied: string[] = [];
    for (const finding of dataset.findings) {
      const tokens = words(finding.statement);
      for (let i = 0; i + 8 <= tokens.length; i++) {
        const run = tokens.slice(i, i + 8).join(' ');
        if (runs.has(run)) copied.push(`${finding.id}: "${run}"`);
      }
    }
    assert.deepEqual(copied, []);
  });

  // Percentages in an article that are not findings' values, each with the reason.
  const notAFindingValue: Record<string, Record<number, string>> = {
    'coursera-blog-2025': { 60: '"more than 60% (63%)": recorded as 63%' },
    'workplace-journal-2025': { 60: '"more than 60%": recorded as 63% from the other article, with this phrasing' },
    'coursera-blog-2024': { 95: 'the confidence level, kept on the report' },
  };

  it('holds every percentage each article gives, cited to that article', () => {
    const missing: string[] = [];
    for (const sourceId of Object.keys(seedFile)) {
      const stated = [...articleText(sourceId).matchAll(/(\d+(?:\.\d+)?)\s*(?:%|percent)/g)].map((match) => Number(match[1]));
      // A finding's own values count for the articles it cites; a conflicting value for the articles cited on it.
      const recorded = new Set(
        dataset.findings.flatMap((finding) => [
          ...(finding.sources.includes(sourceId) ? figuresOf(finding) : []),
          ...(finding.conflictingValues ?? []).filter((entry) => entry.sources.includes(sourceId)).map((entry) => entry.value),
        ]),
      );
      for (const figure of stated) {
        if (!recorded.has(figure) && !notAFindingValue[sourceId]?.[figure]) missing.push(`${sourceId}: ${figure}%`);
      }
    }
    assert.deepEqual(missing, []);
  });

  it('has the article of every source in the dataset', () => {
    for (const source of dataset.sources) {
      assert.ok(seedFile[source.id] && seeds.includes(seedFile[source.id]!), `no seed article for source "${source.id}"`);
    }
  });

  // A source cited for a value that does not state it, each with the reason it stays cited.
  // Keyed "<finding id> <where> <source id>", as the failure message prints it.
  const citedWithoutTheNumber: Record<string, string> = {
    'entry-level-problem-solving value workplace-journal-2025':
      'gives "more than 60%" (the recorded phrasing) and is the clean source for the GenAI restriction; 63% is the other article’s',
    'students-enrolment-by-credential-type values "With micro-credentials" eschool-news-2025':
      'cited for the 36% and 88% of the same comparison; the note says the 77% is only in the machine-translated article',
  };

  it('cites for each value only articles that state it', () => {
    const unstated: string[] = [];
    const unused = new Set(Object.keys(citedWithoutTheNumber));
    for (const finding of dataset.findings) {
      for (const cited of citedValues(finding)) {
        for (const sourceId of cited.sources) {
          const text = articleText(sourceId);
          const key = `${cited.where} ${sourceId}`;
          const byNumber = statedNumbers(text)[cited.unit].has(cited.value);
          const byPhrasing =
            cited.phrasing !== undefined &&
            phrasingReading(cited.phrasing) === cited.value &&
            statesPhrasing(text, cited.phrasing);
          const states = cited.phrasingOnly ? byPhrasing : byNumber || byPhrasing;
          if (states) continue;
          if (citedWithoutTheNumber[key]) unused.delete(key);
          else unstated.push(`${key}: ${cited.phrasingOnly ? `"${cited.phrasing}"` : cited.value} not stated`);
        }
      }
    }
    assert.deepEqual(unstated, [], 'cite the source in the note instead, or explain it in citedWithoutTheNumber');
    assert.deepEqual([...unused], [], 'exceptions that are no longer needed');
  });

  it('marks a value phrasingOnly exactly when no cited article gives the number', () => {
    const wrong: string[] = [];
    for (const finding of dataset.findings) {
      for (const cited of citedValues(finding)) {
        if (cited.phrasing === undefined) continue;
        const { phrasing } = cited;
        const numberGiven = cited.sources.some((sourceId) => statedNumbers(articleText(sourceId))[cited.unit].has(cited.value));
        // "Nearly 9 in 10 (87%)": the number, where given, follows the phrasing; elsewhere in the article it may belong to another figure.
        const numberBesidePhrasing = cited.sources.some((sourceId) => {
          const text = normalisePhrasing(articleText(sourceId));
          const at = text.indexOf(normalisePhrasing(phrasing));
          return at >= 0 && statedNumbers(text.slice(at, at + phrasing.length + 12))[cited.unit].has(cited.value);
        });
        if (cited.phrasingOnly && numberBesidePhrasing) wrong.push(`${cited.where}: an article gives ${cited.value}, drop phrasingOnly`);
        if (!cited.phrasingOnly && !numberGiven) wrong.push(`${cited.where}: only "${phrasing}" is given, set phrasingOnly`);
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('states every sample size and coverage count in the articles cited for it', () => {
    const unstated: string[] = [];
    for (const report of dataset.reports) {
      for (const [i, counted] of [...report.samples, ...report.coverage].entries()) {
        for (const sourceId of counted.sources) {
          if (!statedNumbers(articleText(sourceId)).count.has(counted.count)) {
            unstated.push(`${report.id} #${i + 1} ${sourceId}: ${counted.count}`);
          }
        }
      }
    }
    assert.deepEqual(unstated, []);
  });
});
