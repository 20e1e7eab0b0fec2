/**
 * The model's actor and topic references, resolved the way the rules engine
 * resolves names: a registry or gazetteer id, else a name or alias that the
 * registry or gazetteer knows, else a new actor that the answer declares under
 * newActors and that the article names verbatim (proposed, as the rules engine
 * proposes the people and bodies it finds). Topics: a known id or name, a
 * topic keyword of lexicon/extract/topics.yaml, else words of the article
 * proposed as a new topic. Anything else is refused with the reason.
 */
import type { Lexicon } from '../lexicon';
import { ActorIndex } from '../actors';
import { tokenize } from '../nlp';
import type { Registry } from '../registry';
import { nameKey, slugify } from '../slug';
import { TopicIndex } from '../topics';
import type { AnswerActor } from './answer';

/** Longer "names" are sentences, not names: the rules engine proposes noun phrases. */
const MAX_NEW_NAME = 80;

export type Resolved = { id: string } | { reason: string };

export class Resolver {
  readonly actors: ActorIndex;
  readonly topics: TopicIndex;
  /** New people named with a title: the draft defines them even without an edge. */
  readonly titled = new Set<string>();
  private readonly declared = new Map<string, AnswerActor>();

  constructor(
    private readonly text: string,
    registry: Registry,
    lexicon: Lexicon,
  ) {
    this.actors = new ActorIndex(registry, lexicon);
    this.topics = new TopicIndex(registry, lexicon);
  }

  /** Records an actor of the answer's newActors; proposed only once something uses it. */
  addDeclared(actor: AnswerActor): void {
    const key = nameKey(actor.name);
    if (!this.declared.has(key)) this.declared.set(key, actor);
  }

  /** Declared people with a title are proposed even when no kept item uses them. */
  proposeTitled(): void {
    for (const a of this.declared.values())
      if (a.kind === 'PERSON' && a.title && this.known(a.name) === undefined) this.actor(a.name);
  }

  /** A known id, name or alias; "the Kremlin" as "Kremlin". */
  private known(ref: string): string | undefined {
    const r = ref.trim();
    if (this.actors.actors.has(r)) return r;
    return (
      this.actors.byName.get(nameKey(r)) ??
      this.actors.byName.get(nameKey(r.replace(/^the\s+/i, '')))
    );
  }

  actor(ref: string): Resolved {
    const id = this.known(ref);
    if (id) return { id };
    const declared = this.declared.get(nameKey(ref));
    if (!declared)
      return {
        reason: `actor "${ref}" is neither a known id or name nor listed under newActors`,
      };
    const name = declared.name.trim();
    if ([...name].length > MAX_NEW_NAME)
      return { reason: `new actor "${name.slice(0, 40)}…" is too long for a name` };
    if (!this.text.includes(name))
      return { reason: `new actor "${name}" is not named verbatim in the article` };
    let newId = slugify(name);
    while (this.actors.actors.has(newId)) newId = `${newId}-actor`;
    const organization = declared.organization ? this.known(declared.organization) : undefined;
    const roles =
      declared.title?.trim() && organization
        ? [{ title: declared.title.trim(), organization }]
        : [];
    this.actors.propose({
      id: newId,
      name,
      kind: declared.kind,
      registry: false,
      aliases: [],
      roles,
    });
    this.actors.byName.set(nameKey(name), newId);
    if (declared.kind === 'PERSON' && roles.length > 0) this.titled.add(newId);
    return { id: newId };
  }

  topic(ref: string): Resolved {
    const r = ref.trim();
    if (this.topics.topics.has(r)) return { id: r };
    const byName = this.topics.byName.get(nameKey(r));
    if (byName) return { id: byName };
    const keyword = this.topicByKeyword(r);
    if (keyword) return { id: keyword };
    if ([...r].length > MAX_NEW_NAME)
      return { reason: `topic "${ref.slice(0, 40)}…" is too long for a topic's name` };
    const escaped = r.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const words = r === '' ? null : new RegExp(escaped, 'iu').exec(this.text);
    if (!words)
      return { reason: `topic "${ref}" is neither a known topic nor words of the article` };
    return { id: this.topics.propose(words[0]).id };
  }

  /** "a ceasefire", "the peace talks": a topic keyword that is the whole phrase but for its determiners. */
  private topicByKeyword(ref: string): string | undefined {
    const tokens = tokenize(ref).filter((t) => t.pos !== 'DET' && t.pos !== 'PUNCT');
    const spans = this.topics.spans(tokens);
    const only = spans[0];
    return spans.length === 1 && only && only.t0 === 0 && only.t1 === tokens.length
      ? only.topicId
      : undefined;
  }
}
