import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dataset } from '../../src/data/dataset.generated.js';
import { validateDataset } from '../../src/data/validate.js';
import { GARBLE_PATTERN } from '../../src/data/schema.js';
import { FINDING_KINDS } from '../../src/data/vocabulary.js';
import type { Finding } from '../../src/data/types.js';
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

  it('keeps every figure within its unit’s range', () => {
    for (const finding of dataset.findings) {
      for (const figure of figuresOf(finding)) {
        assert.ok(Number.isFinite(figure), `${finding.id}: ${figure}`);
        if (finding.unit === 'percent') assert.ok(figure >= 0 && figure <= 100, `${finding.id}: ${figure}%`);
        if (finding.unit === 'count') assert.ok(Number.isInteger(figure) && figure >= 0, `${finding.id}: ${figure}`);
        if (finding.unit === 'multiple') assert.ok(figure > 0, `${finding.id}: ${figure}×`);
      }
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
      assert.deepEqual(finding.sources, ['eschool-news-2025', 'coursera-blog-2025']);
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
      const recorded = new Set(
        dataset.findings.filter((finding) => finding.sources.includes(sourceId)).flatMap(figuresOf),
      );
      for (const figure of stated) {
        if (!recorded.has(figure) && !notAFindingValue[sourceId]?.[figure]) missing.push(`${sourceId}: ${figure}%`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
