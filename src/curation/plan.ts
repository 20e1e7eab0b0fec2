/** Actors and documents as the dataset format has them, checked by its rules. */
import type { PlannedDocument } from '../dataset/plan';
import type { ActorInput as DatasetActor } from '../dataset/schema';
import type { ActorInput, DocumentInput } from './inputs';
import { compact, validateInline } from './validate';

/** An actor, checked; `asPath` reports every problem under that one path. */
export async function planActor(input: ActorInput, asPath?: string): Promise<DatasetActor> {
  const raw = {
    actors: [
      compact({
        id: input.id,
        name: input.name,
        kind: input.kind,
        aliases: input.aliases ?? [],
        wikidataId: input.wikidataId,
        description: input.description,
      }),
    ],
  };
  const plan = await validateInline(raw, 'actors', { asPath });
  return plan.actors[0];
}

export async function planDocument(input: DocumentInput): Promise<PlannedDocument> {
  const raw = {
    documents: [
      compact({
        id: input.id,
        title: input.title,
        publishedAt: input.publishedAt,
        text: input.text,
        url: input.url,
        publisher: input.publisher,
        references: input.references ?? [],
      }),
    ],
  };
  const plan = await validateInline(raw, 'documents');
  return plan.documents[0];
}
