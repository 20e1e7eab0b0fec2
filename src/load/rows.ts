/**
 * Plan → parameter rows for the statements in cypher/load/. Neo4j types are
 * settled here (dates as Date, offsets as Integer); absent optional fields are
 * sent as null so that `SET x += props` removes what a dataset no longer says.
 */
import type { ActorInput, TopicInput } from '../dataset/schema';
import type {
  PlannedDocument,
  PlannedEvidence,
  PlannedRelation,
  PlannedStance,
} from '../dataset/plan';
import { date, int } from '../db/values';

/**
 * Where an assertion came from: a dataset file (which a reload of that file
 * may prune) or an API mutation (which no reload touches).
 */
export type Origin = 'dataset' | 'api';

/** Lowercased canonical name and aliases: the keys `actor(name:)` looks up. */
export function nameKeys(actor: Pick<ActorInput, 'name' | 'aliases'>): string[] {
  return [...new Set([actor.name, ...actor.aliases].map((n) => n.trim().toLowerCase()))];
}

export function actorRow(a: ActorInput) {
  return {
    id: a.id,
    names: nameKeys(a),
    props: {
      name: a.name,
      kind: a.kind,
      aliases: a.aliases,
      wikidataId: a.wikidataId ?? null,
      description: a.description ?? null,
    },
  };
}

export function roleRow(a: ActorInput) {
  return { actorId: a.id, roles: a.roles };
}

export function topicRow(t: TopicInput) {
  return {
    id: t.id,
    concerns: t.concerns,
    props: { name: t.name, description: t.description ?? null },
  };
}

/** `contentHash` (./hash.ts): what the loader wrote for the document; absent (null) when written by the API. */
export function documentRow(d: PlannedDocument, contentHash?: string) {
  return {
    id: d.id,
    props: {
      title: d.title,
      publishedAt: date(d.publishedAt),
      url: d.url ?? null,
      publisher: d.publisher ?? null,
      text: d.text,
      references: d.references,
      contentHash: contentHash ?? null,
    },
  };
}

function assertionProps(a: PlannedRelation | PlannedStance, origin: Origin) {
  return {
    polarity: a.polarity,
    confidence: a.confidence,
    method: a.method,
    validFrom: date(a.validFrom),
    validTo: date(a.validTo),
    note: a.note ?? null,
    homeDocumentId: a.homeDocumentId,
    documentIds: [...new Set(a.evidence.map((e) => e.documentId))],
    origin,
  };
}

export function relationRow(r: PlannedRelation, origin: Origin = 'dataset') {
  return {
    id: r.id,
    source: r.source,
    target: r.target,
    props: {
      ...assertionProps(r, origin),
      type: r.type,
      date: date(r.date),
      // Neo4j properties cannot hold maps; details are kept as a JSON object string.
      details: r.details ? JSON.stringify(r.details) : null,
    },
  };
}

export function stanceRow(s: PlannedStance, origin: Origin = 'dataset') {
  return {
    id: s.id,
    source: s.actor,
    target: s.topic,
    props: { ...assertionProps(s, origin), position: s.position, summary: s.summary ?? null },
  };
}

export function evidenceRow(e: PlannedEvidence, origin: Origin = 'dataset') {
  return {
    id: e.id,
    documentId: e.documentId,
    props: {
      subjectId: e.subjectId,
      documentId: e.documentId,
      quote: e.quote,
      start: int(e.start),
      end: int(e.end),
      origin,
    },
  };
}
