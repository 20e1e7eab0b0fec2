/**
 * Whose position a stance in reported speech states. "Starmer said the United Kingdom would
 * back a force": the speaker's (the labelling rules of test/fixtures/extract/test/README.md).
 * "Zelensky said Putin was preparing to reject the ceasefire": neither's; the speaker
 * claims someone else's position, and that claim is no evidence of it (hearsay).
 */
import type { Layout } from './layout';

export interface ReportedHolder {
  /** The speaker, when the position is theirs. */
  speaker?: string;
  /** The speaker states another actor's position: no stance. */
  hearsay: boolean;
}

/** Kinds of speaker whose "X said <subject> …" can state their own side's position. */
const SPEAKER_KINDS = new Set(['PERSON', 'GOVERNMENT']);

/**
 * `said`: the actor of the reporting verb; `own`: what the reported clause's subject
 * resolved to. Another person as the subject is hearsay; a country or government is the
 * speaker's side unless the speaker's known side is another one.
 */
export function reportedHolder(doc: Layout, said: string, own: readonly string[]): ReportedHolder {
  const speaker = doc.actors.actors.get(said);
  if (!speaker || !SPEAKER_KINDS.has(speaker.kind) || own.includes(said)) return { hearsay: false };
  const subjects = own.map((id) => doc.actors.actors.get(id));
  if (subjects.some((a) => a?.kind === 'PERSON')) return { hearsay: true };
  const sides = sidesOf(doc, said);
  const foreign = subjects.some(
    (a) =>
      a &&
      (a.kind === 'COUNTRY' || a.kind === 'GOVERNMENT') &&
      sides.size > 0 &&
      !sides.has(sideOf(doc, a.id)),
  );
  return foreign ? { hearsay: true } : { speaker: said, hearsay: false };
}

/** The countries (or, failing that, governments) an actor speaks for, as far as known. */
function sidesOf(doc: Layout, id: string): Set<string> {
  const a = doc.actors.actors.get(id);
  const out = new Set<string>();
  if (!a) return out;
  if (a.kind === 'GOVERNMENT' && a.country) out.add(a.country);
  for (const r of a.roles) {
    const org = doc.actors.actors.get(r.organization);
    if (org?.kind === 'COUNTRY' || org?.kind === 'GOVERNMENT') out.add(sideOf(doc, org.id));
  }
  return out;
}

/** A government stands for its country when its names say which. */
function sideOf(doc: Layout, id: string): string {
  return doc.actors.actors.get(id)?.country ?? id;
}
