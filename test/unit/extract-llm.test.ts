/**
 * The optional LLM engine (src/extract/llm) against a real HTTP server on
 * 127.0.0.1 that answers fixed JSON in the chat completions shape: the request
 * it sends, the quote checks, the resolution of actors and topics, the errors,
 * and a draft from its analysis that the loader's own validation accepts. It
 * measures nothing about any model: the answers are written here.
 */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { draftFromAnalysis, draftToYaml, validateDraft } from '../../src/extract/draft';
import { defaultLexicon, type Lexicon } from '../../src/extract/lexicon';
import { readLlmConfig, LlmConfigError, type LlmConfig } from '../../src/extract/llm/config';
import { createLlmEngine, llmEngine, SCHEMA_NAME } from '../../src/extract/llm/engine';
import { LlmError } from '../../src/extract/llm/errors';
import { QuoteLocator } from '../../src/extract/llm/quotes';
import { DEFAULT_REGISTRY, readRegistry, type Registry } from '../../src/extract/registry';
import { startChatServer, type ChatServer } from '../harness/chatServer';

/** Written for this test. The dove is outside the Basic Multilingual Plane: code points and UTF-16 part ways after it. */
const ARTICLE = [
  'Kyiv, 14 March 2025. Volodymyr Zelensky spoke with Donald Trump by phone on Friday, his office said.',
  '“We agreed to keep working on a ceasefire,” Zelensky wrote afterwards.',
  'The call came a day after Trump criticized Vladimir Putin for stalling the talks and called',
  'the Kremlin’s reply “not good enough”.',
  'At a press conference 🕊 in Vienna, Foreign Minister Ilse Marwick of Austria praised Zelensky for his restraint and said Austria would back a ceasefire.',
  'Putin will meet Trump in the spring, a Kremlin aide said.',
].join('\n');

const MODEL = 'test-model-7b';

const rel = (
  source: string,
  target: string,
  type: string,
  quote: string,
  extra: Record<string, unknown> = {},
) => ({
  source,
  target,
  type,
  polarity: 'NEUTRAL',
  quote,
  confidence: 0.8,
  future: false,
  ...extra,
});

/** The fixed answer: some items the engine must keep, some it must drop, each for one reason. */
const ANSWER = {
  relations: [
    // kept: verbatim
    rel('zelensky', 'trump', 'SPOKE_WITH', 'Volodymyr Zelensky spoke with Donald Trump by phone'),
    // kept: retyped apostrophe and a joined line, found once those are read alike
    rel(
      'trump',
      'putin',
      'CRITICIZES',
      "Trump criticized Vladimir Putin for stalling the talks and called the Kremlin's reply",
      { polarity: 'NEGATIVE', confidence: null },
    ),
    // dropped: a paraphrase
    rel('trump', 'putin', 'PRAISES', 'Trump praised Putin warmly for the talks', {
      polarity: 'POSITIVE',
    }),
    // kept: a new person, declared below, named in the article; quoted after the dove
    rel('Ilse Marwick', 'zelensky', 'PRAISES', 'Ilse Marwick of Austria praised Zelensky', {
      polarity: 'POSITIVE',
    }),
    // dropped: an actor neither known nor declared
    rel('Boris Quell', 'trump', 'CALLED', 'Volodymyr Zelensky spoke with Donald Trump'),
    // dropped: declared, but not named in the article
    rel('Karl Obert', 'trump', 'CALLED', 'Volodymyr Zelensky spoke with Donald Trump'),
    // kept as WILL_MEET: planned
    rel('putin', 'trump', 'MEETS', 'Putin will meet Trump in the spring', { future: true }),
    // dropped: a planned call is not a call
    rel('putin', 'trump', 'CALLED', 'Putin will meet Trump in the spring', { future: true }),
    // dropped: not a relation type
    rel('trump', 'putin', 'HUGS', 'Trump criticized Vladimir Putin'),
    // dropped: one actor on both ends
    rel('trump', 'Donald Trump', 'CRITICIZES', 'Trump criticized Vladimir Putin'),
    // dropped: too short to be evidence
    rel('zelensky', 'trump', 'CALLED', 'spoke with'),
  ],
  stances: [
    // kept: registry topic by id, quote inside curly quotation marks
    {
      actor: 'zelensky',
      topic: 'ending-the-war',
      position: 'SUPPORTS',
      quote: 'We agreed to keep working on a ceasefire',
    },
    // kept: a topic keyword of lexicon/extract/topics.yaml
    {
      actor: 'Ilse Marwick',
      topic: 'a ceasefire',
      position: 'SUPPORTS',
      quote: 'Austria would back a ceasefire',
    },
    // dropped: a topic that is neither known nor words of the article
    {
      actor: 'zelensky',
      topic: 'world peace forever',
      position: 'SUPPORTS',
      quote: 'We agreed to keep working on a ceasefire',
    },
  ],
  newActors: [
    { name: 'Ilse Marwick', kind: 'PERSON', title: 'Foreign Minister', organization: 'Austria' },
    { name: 'Karl Obert', kind: 'PERSON', title: null, organization: null },
  ],
};

let server: ChatServer;
let registry: Registry;
let lexicon: Lexicon;

beforeAll(async () => {
  server = await startChatServer();
  registry = await readRegistry([DEFAULT_REGISTRY]);
  lexicon = defaultLexicon();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.requests.length = 0;
  server.queue.length = 0;
});

function config(over: Partial<LlmConfig> = {}): LlmConfig {
  return {
    url: server.url,
    model: MODEL,
    apiKey: undefined,
    timeoutMs: 5_000,
    retries: 0,
    ...over,
  };
}

async function analyzeWith(content: string, over: Partial<LlmConfig> = {}, log: string[] = []) {
  server.queue.push({ kind: 'answer', content });
  const engine = llmEngine(config(over), { log: (l) => log.push(l) });
  try {
    return await engine.analyze({ text: ARTICLE, publishedAt: '2025-03-14' }, registry, lexicon);
  } finally {
    await engine.close();
  }
}

/** The UTF-16 offset of `s` in the article, which must hold it once. */
function unitsOf(s: string): number {
  const at = ARTICLE.indexOf(s);
  expect(at).toBeGreaterThanOrEqual(0);
  expect(ARTICLE.indexOf(s, at + 1)).toBe(-1);
  return at;
}

/** The part of a JSON schema these tests read. */
interface JsonSchema {
  required?: string[];
  enum?: string[];
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
}

describe('the request', () => {
  it('posts the model, a json_schema response format and the registry to /v1/chat/completions, without a key when none is set', async () => {
    await analyzeWith(JSON.stringify(ANSWER));
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req?.method).toBe('POST');
    expect(req?.path).toBe('/v1/chat/completions');
    expect(req?.headers.authorization).toBeUndefined();
    const body = req.body as {
      model: string;
      temperature: number;
      response_format: {
        type: string;
        json_schema: { name: string; strict: boolean; schema: JsonSchema };
      };
      messages: Array<{ role: string; content: string }>;
    };
    expect(body.model).toBe(MODEL);
    expect(body.temperature).toBe(0);
    expect(body.response_format.type).toBe('json_schema');
    expect(body.response_format.json_schema.name).toBe(SCHEMA_NAME);
    expect(body.response_format.json_schema.strict).toBe(true);
    const schema = body.response_format.json_schema.schema;
    expect(schema.required).toEqual(['relations', 'stances', 'newActors']);
    const relation = schema.properties?.relations?.items;
    expect(relation?.properties?.type?.enum).toContain('CRITICIZES');
    expect(relation?.required).toEqual(
      expect.arrayContaining([
        'source',
        'target',
        'type',
        'polarity',
        'quote',
        'confidence',
        'future',
      ]),
    );
    expect(schema.properties?.stances?.items?.properties?.position?.enum).toEqual([
      'SUPPORTS',
      'OPPOSES',
      'WORRIES_ABOUT',
      'UNDECIDED',
    ]);
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user']);
    const [system, user] = body.messages.map((m) => m.content);
    expect(system).toMatch(/THREATENS: The source threatened the target/);
    expect(user).toContain('- trump: Donald Trump (PERSON); also Trump');
    expect(user).toContain('President of Russia (russia)');
    expect(user).toContain('- ending-the-war: Ending the war in Ukraine');
    expect(user).toContain('Published 2025-03-14.');
    expect(user).toContain(ARTICLE);
  });

  it('sends the key as a bearer token when STANCEGRAPH_LLM_API_KEY is set, and never the OPENAI_* variables', async () => {
    const saved = { ...process.env };
    Object.assign(process.env, { OPENAI_API_KEY: 'sk-leak', OPENAI_ORG_ID: 'org-leak' });
    try {
      await analyzeWith(JSON.stringify(ANSWER), { apiKey: 'sk-local-test' });
      await analyzeWith(JSON.stringify(ANSWER));
    } finally {
      process.env = saved;
    }
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      'Bearer sk-local-test',
      undefined,
    ]);
    expect(server.requests.every((r) => r.headers['openai-organization'] === undefined)).toBe(true);
  });
});

describe('the answer', () => {
  it('keeps verbatim quotes at their offsets and drops the rest, each with its reason', async () => {
    const log: string[] = [];
    const analysis = await analyzeWith(JSON.stringify(ANSWER), {}, log);
    const found = analysis.relations.map((r) => `${r.type} ${r.source} -> ${r.target}`).sort();
    expect(found).toEqual([
      'CRITICIZES trump -> putin',
      'PRAISES ilse-marwick -> zelensky',
      'SPOKE_WITH zelensky -> trump',
      'WILL_MEET putin -> trump',
    ]);
    const spoke = analysis.relations.find((r) => r.type === 'SPOKE_WITH')!;
    const start = unitsOf('Volodymyr Zelensky spoke with Donald Trump by phone');
    expect(spoke.evidence).toEqual([{ start, end: start + 51 }]);
    expect(spoke.confidence).toBe(0.8);
    expect(spoke.cameo).toBe('040');

    // The retyped quote is anchored on the article's own characters, across the line break.
    const criticized = analysis.relations.find((r) => r.type === 'CRITICIZES')!;
    const [q] = criticized.evidence;
    expect(ARTICLE.slice(q.start, q.end)).toBe(
      'Trump criticized Vladimir Putin for stalling the talks and called\nthe Kremlin’s reply',
    );
    expect(criticized.confidence).toBe(0.5);

    const drops = log.filter((l) => l.startsWith('llm: dropped'));
    expect(drops).toEqual([
      'llm: dropped relation 3 (quote): quote "Trump praised Putin warmly for the talks" is not in the article',
      'llm: dropped relation 5 (actor): actor "Boris Quell" is neither a known id or name nor listed under newActors',
      'llm: dropped relation 6 (actor): new actor "Karl Obert" is not named verbatim in the article',
      'llm: dropped relation 8 (modality): a planned CALLED is not coded as done',
      expect.stringMatching(
        /^llm: dropped relation 9 \(schema\): does not follow the schema \(type: /,
      ),
      'llm: dropped relation 10 (self): source and target are both trump',
      'llm: dropped relation 11 (quote): quote "spoke with" is too short to be evidence',
      'llm: dropped stance 3 (topic): topic "world peace forever" is neither a known topic nor words of the article',
    ]);
    expect(log.at(-1)).toMatch(
      /^llm: kept 4 relation\(s\) and 2 stance\(s\), dropped 8 \(quote 2, actor 2, modality 1, schema 1, self 1, topic 1\), 1 quote\(s\) matched only/,
    );
  });

  it('proposes a declared new person with the role the answer gives, and resolves topics by id and by keyword', async () => {
    const analysis = await analyzeWith(JSON.stringify(ANSWER));
    const marwick = analysis.actors.actors.get('ilse-marwick');
    expect(marwick).toMatchObject({
      name: 'Ilse Marwick',
      kind: 'PERSON',
      registry: false,
      roles: [{ title: 'Foreign Minister', organization: 'austria' }],
    });
    expect([...analysis.titled]).toEqual(['ilse-marwick']);
    expect(analysis.actors.actors.has('boris-quell')).toBe(false);
    expect(analysis.actors.actors.has('karl-obert')).toBe(false);
    const stances = analysis.stances.map(
      (s) => `${s.actor} ${s.position} ${s.topic} ${s.polarity}`,
    );
    expect(stances.sort()).toEqual([
      'ilse-marwick SUPPORTS ceasefire POSITIVE',
      'zelensky SUPPORTS ending-the-war POSITIVE',
    ]);
    expect(analysis.stances.map((s) => s.id).sort()).toEqual([
      'stance-ilse-marwick-ceasefire',
      'stance-zelensky-ending-the-war',
    ]);
  });

  it('makes a draft that the loader validates, with code-point offsets after a character outside the BMP', async () => {
    const analysis = await analyzeWith(JSON.stringify(ANSWER));
    const draft = draftFromAnalysis(ARTICLE, analysis, {
      registry,
      lexicon,
      meta: { id: 'llm-test-article', publishedAt: '2025-03-14' },
    });
    const yaml = draftToYaml(draft, 'llm-test-article.txt');
    const dir = await mkdtemp(join(tmpdir(), 'stancegraph-llm-'));
    await expect(
      validateDraft(yaml, join(dir, 'llm-test-article.yaml'), [DEFAULT_REGISTRY]),
    ).resolves.toBeUndefined();

    const praise = draft.dataset.relations.find((r) => r.source === 'ilse-marwick')!;
    const [e] = praise.evidence;
    const units = unitsOf('Ilse Marwick of Austria praised Zelensky');
    expect(e).toEqual({
      quote: 'Ilse Marwick of Austria praised Zelensky',
      start: units - 1,
      end: units - 1 + 40,
    });
    expect([...ARTICLE].slice(e.start, e.end).join('')).toBe(e.quote);
    expect(praise).toMatchObject({ method: 'EXTRACTED', polarity: 'POSITIVE', confidence: 0.8 });
    expect(draft.dataset.actors.map((a) => a.id)).toEqual(['austria', 'ilse-marwick']);
    expect(draft.dataset.topics.map((t) => t.id)).toEqual(['ceasefire']);
    expect(draft.dataset.relations).toHaveLength(4);
    expect(draft.dataset.stances).toHaveLength(2);
  });

  it('resolves actors by name or alias ("the Kremlin" as "Kremlin"), proposes a topic in the article\'s words, and merges a repeated relation', async () => {
    const answer = {
      relations: [
        rel('Vladimir Putin', 'President Trump', 'MEETS', 'Putin will meet Trump', {
          future: true,
        }),
        rel(
          'putin',
          'trump',
          'WILL_MEET',
          'Putin will meet Trump in the spring, a Kremlin aide said',
          {
            confidence: 0.9,
          },
        ),
      ],
      stances: [
        {
          actor: 'the Kremlin',
          topic: 'Ending the war in Ukraine',
          position: 'UNDECIDED',
          quote: 'a Kremlin aide said',
        },
        {
          actor: 'Trump',
          topic: 'Stalling The Talks',
          position: 'OPPOSES',
          quote: 'Trump criticized Vladimir Putin for stalling the talks',
        },
      ],
      newActors: [],
    };
    const analysis = await analyzeWith(JSON.stringify(answer));
    expect(analysis.relations).toHaveLength(1);
    const [meet] = analysis.relations;
    const at = unitsOf('Putin will meet Trump in the spring');
    expect(meet).toMatchObject({ id: 'rel-putin-will-meet-trump', confidence: 0.9 });
    expect(meet?.evidence).toEqual([
      { start: at, end: at + 'Putin will meet Trump'.length },
      { start: at, end: at + 'Putin will meet Trump in the spring, a Kremlin aide said'.length },
    ]);
    expect(analysis.stances.map((x) => [x.id, x.polarity])).toEqual([
      ['stance-kremlin-ending-the-war', 'NEUTRAL'],
      ['stance-trump-stalling-the-talks', 'NEGATIVE'],
    ]);
    // A new topic is named by the article's own words, not the answer's casing.
    expect(analysis.topics.topics.get('stalling-the-talks')).toEqual({
      id: 'stalling-the-talks',
      name: 'stalling the talks',
      registry: false,
    });
  });

  it('keeps an answer wrapped in a Markdown fence, and takes missing optional fields as null', async () => {
    const bare = {
      relations: [
        {
          source: 'zelensky',
          target: 'trump',
          type: 'SPOKE_WITH',
          polarity: 'NEUTRAL',
          quote: 'Zelensky spoke with Donald Trump',
        },
      ],
      stances: [],
      newActors: [],
    };
    const analysis = await analyzeWith('```json\n' + JSON.stringify(bare) + '\n```');
    expect(analysis.relations.map((r) => [r.id, r.confidence])).toEqual([
      ['rel-zelensky-spoke-with-trump', 0.5],
    ]);
  });

  it.each([
    [
      'prose instead of JSON',
      'Sure! Trump criticized Putin.',
      /^the model's answer is not JSON \(it begins "Sure! Trump criticized Putin\."\)/,
    ],
    [
      'a list where an object belongs',
      '{"relations": "none"}',
      /^the model's answer does not follow the schema \(relations: /,
    ],
    [
      'JSON that is not an object',
      '[1, 2, 3]',
      /^the model's answer does not follow the schema \(top level: /,
    ],
  ])('rejects %s with a clear one-line error', async (_what, content, message) => {
    const failure = analyzeWith(content);
    await expect(failure).rejects.toThrow(LlmError);
    await expect(failure).rejects.toThrow(message);
    await expect(failure).rejects.toThrow(/STANCEGRAPH_LLM_URL/);
    await expect(failure).rejects.not.toThrow(/\n/);
  });

  it('says so when the server cut the answer off at its token limit', async () => {
    server.queue.push({ kind: 'answer', content: '{"relations": [', finishReason: 'length' });
    const engine = llmEngine(config());
    await expect(engine.analyze({ text: ARTICLE }, registry, lexicon)).rejects.toThrow(
      /cut the answer off at its token limit/,
    );
  });
});

describe('server failures', () => {
  const analyze = async (over: Partial<LlmConfig> = {}) => {
    const engine = llmEngine(config(over));
    return engine.analyze({ text: ARTICLE }, registry, lexicon);
  };
  const oneLine = async (p: Promise<unknown>, message: RegExp) => {
    const err = await p.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(LlmError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).not.toMatch(/\n/);
    expect((err as Error).message).toContain(`STANCEGRAPH_LLM_URL (${server.url})`);
  };

  it('HTTP 401: names the key variable', async () => {
    server.queue.push({ kind: 'status', status: 401, message: 'Invalid API key' });
    await oneLine(
      analyze(),
      /refused the request \(HTTP 401: Invalid API key\): set STANCEGRAPH_LLM_API_KEY/,
    );
    expect(server.requests).toHaveLength(1);
  });

  it('HTTP 500: retried as configured, then reported with the server message', async () => {
    server.queue.push(
      { kind: 'status', status: 500, message: 'model failed to load' },
      { kind: 'status', status: 500, message: 'model failed to load' },
    );
    await oneLine(analyze({ retries: 1 }), /answered HTTP 500: model failed to load$/);
    expect(server.requests).toHaveLength(2);
  });

  it('HTTP 404: points at the URL and the model', async () => {
    server.queue.push({ kind: 'status', status: 404, message: 'model not found' });
    await oneLine(
      analyze(),
      /HTTP 404 \(model not found\).*STANCEGRAPH_LLM_MODEL \(test-model-7b\)/,
    );
  });

  it('no answer in time: names the timeout variable', async () => {
    server.queue.push({ kind: 'hang' });
    await oneLine(
      analyze({ timeoutMs: 300 }),
      /did not answer within 300 ms \(STANCEGRAPH_LLM_TIMEOUT_MS\)/,
    );
  });

  it('nothing listening: says it cannot reach the URL', async () => {
    const closed = await startChatServer();
    const url = closed.url;
    await closed.close();
    const engine = llmEngine({ ...config(), url });
    const err = (await engine
      .analyze({ text: ARTICLE }, registry, lexicon)
      .catch((e: unknown) => e)) as Error;
    expect(err).toBeInstanceOf(LlmError);
    expect(err.message).toMatch(
      new RegExp(
        `^cannot reach the LLM server at STANCEGRAPH_LLM_URL \\(${url.replace(/[.]/g, '\\.')}\\): ECONNREFUSED`,
      ),
    );
  });
});

describe('locating quotes', () => {
  const text = 'He said: “The plan – as drafted – stands.”\nThe plan stands.  Then   it didn’t.';
  const quotes = new QuoteLocator(text);

  it.each([
    ['verbatim, first occurrence', 'The plan', 'The plan', true],
    ['straight for curly quotation marks', '"The plan', '“The plan', false],
    [
      'hyphens for dashes',
      'The plan - as drafted - stands',
      'The plan – as drafted – stands',
      false,
    ],
    ['one space for a line break', 'stands.” The plan', 'stands.”\nThe plan', false],
    ['one space for several', "stands. Then it didn't", 'stands.  Then   it didn’t', false],
  ])('finds %s and returns the article’s own characters', (_what, quote, own, exact) => {
    const found = quotes.locate(quote);
    expect(found).toBeDefined();
    expect(text.slice(found!.start, found!.end)).toBe(own);
    expect(found!.exact).toBe(exact);
  });

  it.each([['The plan was withdrawn'], ['the plan stands'], ['   ']])(
    'does not find %j',
    (quote) => {
      expect(quotes.locate(quote)).toBeUndefined();
    },
  );
});

describe('configuration (STANCEGRAPH_LLM_*)', () => {
  const base = { STANCEGRAPH_LLM_URL: 'http://127.0.0.1:8080/v1/', STANCEGRAPH_LLM_MODEL: 'm' };

  it('reads the variables once, with defaults for timeout and retries', () => {
    expect(readLlmConfig(base)).toEqual({
      url: 'http://127.0.0.1:8080/v1',
      model: 'm',
      apiKey: undefined,
      timeoutMs: 120_000,
      retries: 2,
    });
    expect(
      readLlmConfig({ ...base, STANCEGRAPH_LLM_API_KEY: 'k', STANCEGRAPH_LLM_TIMEOUT_MS: '900' }),
    ).toMatchObject({ apiKey: 'k', timeoutMs: 900 });
  });

  it.each([
    [{}, /^STANCEGRAPH_LLM_URL is not set: set it to the base URL of an OpenAI-compatible API/],
    [{ ...base, STANCEGRAPH_LLM_URL: '' }, /^STANCEGRAPH_LLM_URL is not set/],
    [
      { ...base, STANCEGRAPH_LLM_URL: 'localhost:8080' },
      /^STANCEGRAPH_LLM_URL must start with http:\/\/ or https:\/\/ \(got "localhost:8080"\)$/,
    ],
    [
      { ...base, STANCEGRAPH_LLM_MODEL: undefined },
      /^STANCEGRAPH_LLM_MODEL is not set: set it to the model/,
    ],
    [
      { ...base, STANCEGRAPH_LLM_TIMEOUT_MS: 'soon' },
      /^STANCEGRAPH_LLM_TIMEOUT_MS must be a number of milliseconds \(got "soon"\)$/,
    ],
    [{ ...base, STANCEGRAPH_LLM_RETRIES: '-1' }, /^STANCEGRAPH_LLM_RETRIES must be 0 or more/],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => readLlmConfig(env)).toThrow(LlmConfigError);
    expect(() => readLlmConfig(env)).toThrow(message);
  });

  it('createLlmEngine reads the environment, and refuses to start without STANCEGRAPH_LLM_URL', async () => {
    const saved = { ...process.env };
    try {
      delete process.env.STANCEGRAPH_LLM_URL;
      await expect(createLlmEngine({})).rejects.toThrow(/^STANCEGRAPH_LLM_URL is not set/);
      Object.assign(process.env, {
        STANCEGRAPH_LLM_URL: server.url,
        STANCEGRAPH_LLM_MODEL: MODEL,
        STANCEGRAPH_LLM_RETRIES: '0',
      });
      const log: string[] = [];
      const engine = await createLlmEngine({ log: (l) => log.push(l) });
      expect(engine.name).toBe('llm');
      expect(log[0]).toBe(`llm: model ${MODEL} at ${server.url}`);
      server.queue.push({ kind: 'answer', content: JSON.stringify(ANSWER) });
      const analysis = await engine.analyze({ text: ARTICLE }, registry, lexicon);
      expect(analysis.relations).toHaveLength(4);
      await engine.close();
      await engine.close();
      await expect(engine.analyze({ text: ARTICLE }, registry, lexicon)).rejects.toThrow(/closed/);
      expect(server.requests).toHaveLength(1);
    } finally {
      process.env = saved;
    }
  });
});
