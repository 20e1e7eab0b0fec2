/**
 * How the explorer shows the schema's enums: words, colours, shapes and line
 * styles, shared by the network, its legend and the lists.
 */
import type { ActorKind, Polarity, RelationType, StancePosition } from './generated/operations';
import { RELATION_TYPES as ALL_RELATION_TYPES } from '../../src/vocabulary';

/** The relation types, in the order the schema lists them (one list for the server and the page). */
export const RELATION_TYPES: readonly RelationType[] = ALL_RELATION_TYPES;

/** "WORRIES_ABOUT" → "WORRIES ABOUT": enum names as people read them. */
export const label = (name: string) => name.replace(/_/g, ' ');

/** Contacts are dotted, planned or ongoing processes dashed, attitudes solid. */
export type LineStyle = 'dotted' | 'dashed' | 'solid';

export interface RelationLook {
  line: LineStyle;
  /** Whether the relation has a direction worth an arrowhead (a call has, a meeting has not). */
  arrow: boolean;
}

const CONTACT: RelationType[] = ['CALLED', 'SPOKE_WITH', 'MEETS'];
const PROCESS: RelationType[] = ['WILL_MEET', 'AGREES_TO_NEGOTIATE', 'NEGOTIATES_WITH'];
const MUTUAL: RelationType[] = ['SPOKE_WITH', 'MEETS', 'WILL_MEET', 'NEGOTIATES_WITH'];

export function relationLook(type: RelationType): RelationLook {
  const line: LineStyle = CONTACT.includes(type)
    ? 'dotted'
    : PROCESS.includes(type)
      ? 'dashed'
      : 'solid';
  return { line, arrow: !MUTUAL.includes(type) };
}

export const LINE_GROUPS: Array<{ line: LineStyle; text: string }> = [
  { line: 'solid', text: 'attitude (supports, praises, opposes, …)' },
  { line: 'dashed', text: 'process (will meet, negotiates, …)' },
  { line: 'dotted', text: 'contact (called, spoke with, meets)' },
];

/** Polarity colours: at least 4.5:1 against white, so they also serve as text colours. */
export const POLARITY_COLOR: Record<Polarity, string> = {
  POSITIVE: '#1a7f37',
  NEGATIVE: '#c4151c',
  NEUTRAL: '#59636e',
};

export const POLARITIES: Polarity[] = ['POSITIVE', 'NEGATIVE', 'NEUTRAL'];

export type NodeShape = 'ellipse' | 'round-rectangle' | 'hexagon' | 'diamond' | 'octagon' | 'tag';

export const KIND_LOOK: Record<ActorKind, { color: string; shape: NodeShape }> = {
  PERSON: { color: '#0969da', shape: 'ellipse' },
  COUNTRY: { color: '#8250df', shape: 'round-rectangle' },
  GOVERNMENT: { color: '#bf3989', shape: 'hexagon' },
  ORGANIZATION: { color: '#9a6700', shape: 'diamond' },
  GROUP: { color: '#1b7c83', shape: 'octagon' },
  MEDIA: { color: '#6e7781', shape: 'tag' },
};

export const KINDS = Object.keys(KIND_LOOK) as ActorKind[];

export const POSITION_TEXT: Record<StancePosition, string> = {
  SUPPORTS: 'Supports',
  OPPOSES: 'Opposes',
  WORRIES_ABOUT: 'Worried',
  UNDECIDED: 'Undecided',
};

export const percent = (confidence: number) => `${Math.round(confidence * 100)}%`;
