/** Creating and updating actors, with origin 'api'. */
import type { WriteTx } from '../db/graph';
import type { ActorInput as DatasetActor } from '../dataset/schema';
import { actorRow } from '../load/rows';
import { actorById, actorForUpdate, loadActors, write as run } from '../store';
import type { ActorModel } from '../store/rows';
import { notFound } from './errors';
import type { ActorInput, AliasInput } from './inputs';
import { planActor } from './plan';
import { touched, writeWith, type CurationSession } from './session';

async function writeActor(
  tx: WriteTx,
  actor: DatasetActor,
): Promise<{ value: ActorModel; changed: boolean }> {
  const written = await run(tx, loadActors, { rows: [actorRow(actor)] });
  const [row] = await run(tx, actorById, { ids: [actor.id] });
  if (!row) throw new Error(`actor "${actor.id}" was written but cannot be read back`);
  return { value: row.actor, changed: touched(written) > 0 };
}

export async function upsertActor(
  session: CurationSession,
  input: ActorInput,
): Promise<ActorModel> {
  const actor = await planActor(input);
  return writeWith(
    session,
    (tx) => writeActor(tx, actor),
    (value) => ({ kind: 'ACTOR_UPSERTED', actor: value }),
  );
}

/** Adds a name the actor goes by; one it already has (ignoring case) changes nothing. */
export function addAlias(session: CurationSession, input: AliasInput): Promise<ActorModel> {
  const { actorId, alias } = input;
  return writeWith(
    session,
    async (tx) => {
      const [row] = await run(tx, actorForUpdate, { id: actorId });
      const existing = row?.actor;
      if (!existing) throw notFound('actorId', `no actor has id "${actorId}"`);
      const key = alias.trim().toLowerCase();
      const known = [existing.name, ...existing.aliases].some(
        (n) => n.trim().toLowerCase() === key,
      );
      if (known && key !== '') return { value: existing, changed: false };
      // The whole actor goes through the dataset rules again, reported under `alias`.
      const actor = await planActor(
        { ...existing, aliases: [...existing.aliases, alias] },
        'alias',
      );
      return writeActor(tx, actor);
    },
    (value) => ({ kind: 'ACTOR_UPSERTED', actor: value }),
  );
}
