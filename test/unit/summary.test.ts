/** The one-line summaries stancegraph commands end with (src/summary.ts, src/load/report.ts). */
import { emptyReport, formatReport, summarizeReport } from '../../src/load/report';
import { count, elapsed, took } from '../../src/summary';

it.each([
  [0, 'documents'],
  [1, 'document'],
  [2, 'documents'],
  [12345, 'documents'],
])('counts %i as "… %s"', (n, noun) => {
  expect(count(n, 'document')).toBe(`${n.toLocaleString('en-US')} ${noun}`);
});

it('takes an irregular plural', () => {
  expect(count(2, 'entry', 'entries')).toBe('2 entries');
});

it('gives elapsed time in seconds with one decimal', () => {
  expect(elapsed(1_000, 2_250)).toBe('1.3 s');
  expect(took(1_000, 1_040)).toBe('in 0.0 s');
});

it('sums a load into one line, with what was removed only when something was', () => {
  const report = emptyReport(['data/actors.yaml', 'data/documents/a.yaml']);
  report.documents = { written: 1, created: 1, updated: 0 };
  report.relations = { written: 23, created: 20, updated: 2 };
  report.stances = { written: 16, created: 16, updated: 0 };
  report.evidence = { written: 50, created: 50, updated: 0 };
  report.actors = { written: 20, created: 0, updated: 0 };
  report.topics = { written: 10, created: 0, updated: 1 };
  expect(summarizeReport(report)).toBe(
    'loaded 1 document from 2 files: 23 relations, 16 stances, 50 quotes, 20 actors, 10 topics (87 created, 3 updated, 30 unchanged)',
  );
  report.removed.stances = 2;
  expect(summarizeReport(report)).toMatch(/, 30 unchanged, 2 removed\)$/);
});

it('says how many unchanged documents a reload skipped, in the line and the table', () => {
  const report = emptyReport(['data/documents/a.yaml', 'data/documents/b.yaml']);
  report.documents = { written: 2, created: 0, updated: 1 };
  report.relations = { written: 5, created: 0, updated: 1 };
  report.skipped.documents = 1;
  expect(summarizeReport(report)).toMatch(
    /\(0 created, 2 updated, 5 unchanged\); 1 unchanged document skipped$/,
  );
  expect(formatReport(report)).toContain(
    'skipped    1 document unchanged since the last load (--force rewrites them)',
  );
});
