/**
 * The benchmark's corpora: generated once per (size, seed) into the temp dir
 * by src/gen, and the parameter rows the loading floors send, prepared from
 * it once (untimed) as NDJSON, one line per document.
 */
import { createWriteStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { generateCorpus, type GenSummary } from '../../src/gen/generate';
import { defaultOut } from '../../src/gen/command';
import type { SizeSpec } from '../../src/gen/sizes';
import { readDatasetFile } from '../../src/dataset/read';
import { validateDataset } from '../../src/dataset/validate';
import type { ExistingGraphLookup } from '../../src/dataset/plan';
import {
  actorRow,
  documentRow,
  evidenceRow,
  relationRow,
  stanceRow,
  topicRow,
} from '../../src/load/rows';
import { toPlain } from '../../src/db/values';

const MARKER = 'GENERATED.txt';

export interface Corpus {
  dir: string;
  summary: GenSummary;
  /** NDJSON: line 1 the registry ({actors, topics}), then one {document, relations, stances, evidence} per document. */
  rowsFile: string;
}

export async function ensureCorpus(
  spec: SizeSpec,
  seed: number,
  log: (line: string) => void,
): Promise<Corpus> {
  const options = {
    actors: spec.actors,
    relations: spec.relations,
    documents: spec.documents,
    seed,
  };
  const dir = defaultOut({ ...options, format: 'yaml' });
  const marker = join(dir, MARKER);
  let summary: GenSummary;
  if (existsSync(marker)) {
    summary = JSON.parse(readFileSync(marker, 'utf8')) as GenSummary;
    log(`corpus: reusing ${dir}`);
  } else {
    log(
      `corpus: generating ${spec.actors} actors, ${spec.relations} relations, ${spec.documents} documents into ${dir}`,
    );
    const started = Date.now();
    summary = generateCorpus(options, dir);
    writeFileSync(marker, JSON.stringify(summary, null, 2));
    log(
      `corpus: ${(summary.bytes / 1_048_576).toFixed(0)} MiB in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    );
  }
  const rowsFile = `${dir}.rows.ndjson`;
  if (!existsSync(`${rowsFile}.done`)) {
    log('corpus: preparing parameter rows for the loading floors (untimed)');
    await prepareRows(dir, rowsFile);
    writeFileSync(`${rowsFile}.done`, '');
  }
  return { dir, summary, rowsFile };
}

/** Every id answers as present: the generated corpus is valid, and the floors want rows, not checks. */
const EVERYTHING: ExistingGraphLookup = (wanted) =>
  Promise.resolve({
    actorIds: new Set(wanted.actorIds),
    topicIds: new Set(wanted.topicIds),
    documentTexts: new Map(),
  });

async function prepareRows(dir: string, rowsFile: string): Promise<void> {
  const out = createWriteStream(rowsFile);
  const write = async (value: unknown) => {
    if (!out.write(`${JSON.stringify(toPlain(value))}\n`)) await once(out, 'drain');
  };
  const files = [
    join(dir, 'actors.yaml'),
    ...(await readdir(join(dir, 'documents'))).sort().map((f) => join(dir, 'documents', f)),
  ];
  for (const [i, file] of files.entries()) {
    const read = await readDatasetFile(file, Number.MAX_SAFE_INTEGER);
    if (!read.ok)
      throw new Error(`generated file ${file} does not parse: ${read.problems[0]?.message}`);
    const { plan, problems } = await validateDataset([read.parsed], EVERYTHING);
    if (problems.length > 0) throw new Error(`generated file ${file}: ${problems[0]?.message}`);
    if (i === 0) {
      await write({ actors: plan.actors.map(actorRow), topics: plan.topics.map(topicRow) });
      continue;
    }
    for (const d of plan.documents) {
      await write({
        document: documentRow(d),
        relations: plan.relations.map((r) => relationRow(r)),
        stances: plan.stances.map((s) => stanceRow(s)),
        evidence: [...plan.relations, ...plan.stances].flatMap((a) =>
          a.evidence.map((e) => evidenceRow(e)),
        ),
      });
    }
  }
  out.end();
  await once(out, 'finish');
}
