/**
 * The rules engine as one walk through the sentences: mentions are resolved clause by clause
 * (so that what a clause found, "Trump spoke with Putin", is what the next one's "the two
 * leaders" means), each clause's pattern matches become acts, and acts become relations
 * (./events.ts) or stances (./stances.ts).
 */
import type { Sentence } from '../document';
import type { Lexicon } from '../lexicon';
import type { Registry } from '../registry';
import { nounPhraseAt } from '../topics';
import { Acts } from './acts';
import { Events } from './events';
import { Findings } from './findings';
import { kindIn, layout, type Layout } from './layout';
import { Matcher } from './matching';
import { Memory } from './memory';
import { Resolver } from './resolution';
import { stancesFromAct } from './stances';
import { Subjects } from './subjects';

export interface Pass {
  doc: Layout;
  memory: Memory;
  findings: Findings;
}

export function runPass(text: string, registry: Registry, lexicon: Lexicon): Pass {
  const doc = layout(text, registry, lexicon);
  const memory = new Memory((id) => kindIn(doc, id));
  const subjects = new Subjects(doc);
  const resolver = new Resolver(doc, memory, subjects);
  const matcher = new Matcher(doc, memory);
  const acts = new Acts(doc, subjects, resolver);
  const findings = new Findings();
  const events = new Events(doc, memory, subjects, resolver, findings);
  const resolveUpTo = resolving(doc, memory, resolver);

  for (const sentence of doc.sentences) {
    for (const clause of sentence.clauses) {
      resolveUpTo(sentence, clause.t1);
      for (const match of matcher.clauseMatches(clause)) {
        const act = acts.actOf(sentence, clause, match);
        const p = match.pattern;
        if (!act) continue;
        if (p.category === 'relation') events.fromAct(act, p);
        else if (p.category === 'stance') stancesFromAct(act, p, doc, findings);
      }
    }
    resolveUpTo(sentence, sentence.t1);
    events.delegations(sentence, acts);
    rememberNounPhrases(doc, memory, sentence);
  }
  return { doc, memory, findings };
}

/** Resolves and remembers the mentions of `sentence` that start before token `end`, in order. */
function resolving(doc: Layout, memory: Memory, resolver: Resolver) {
  let mi = 0;
  return (sentence: Sentence, end: number) => {
    const { mentions, tokens } = doc;
    while (mi < mentions.length && mentions[mi].t0 < end) {
      const m = mentions[mi];
      if (m.t0 >= sentence.t0) {
        const ids = resolver.resolve(m, sentence);
        if (!m.reporter) memory.remember(ids, tokens[m.t0].start, sentence.index, !!m.demonym);
      }
      mi++;
    }
  };
}

/** Indefinite noun phrases of two words or more, by head, for a later "the <head>". */
function rememberNounPhrases(doc: Layout, memory: Memory, sentence: Sentence): void {
  for (let k = sentence.t0; k < sentence.t1; k++) {
    const np = nounPhraseAt(doc.tokens, k, sentence.t1);
    if (!np) continue;
    if (np.headEnd - np.c0 >= 2 && !doc.owner[np.c0] && !np.definite)
      memory.nounPhrases.set(np.head, np);
    k = np.t1 - 1;
  }
}
