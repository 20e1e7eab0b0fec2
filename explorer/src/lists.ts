/**
 * The network as lists beside the drawing: every relation and every actor as
 * a button, so the network can be read and explored by keyboard and screen reader.
 */
import { fill, h } from './dom';
import type { Selection } from './network';
import type { RelationSummary, Subgraph } from './types';
import { label } from './vocabulary';

export function renderLists(
  relationsEl: HTMLElement,
  actorsEl: HTMLElement,
  subgraph: Subgraph,
  onPick: (selection: Selection) => void,
  /** Relations just added by a live update, marked as new. */
  fresh: RelationSummary[] = [],
): void {
  const isFresh = new Set(fresh.map((r) => r.id));
  const relations = [...subgraph.relations].sort(
    (a, b) =>
      a.source.name.localeCompare(b.source.name) ||
      a.type.localeCompare(b.type) ||
      a.target.name.localeCompare(b.target.name),
  );
  fill(
    relationsEl,
    relations.length === 0
      ? h('li', { class: 'muted' }, 'No relations match the filters.')
      : relations.map((r) =>
          h(
            'li',
            { class: isFresh.has(r.id) ? 'fresh' : null },
            h(
              'button',
              {
                type: 'button',
                class: 'item',
                'data-select': `relation:${r.id}`,
                onclick: () => onPick({ kind: 'relation', id: r.id }),
              },
              h('span', {}, r.source.name),
              ' ',
              h('span', { class: `badge polarity-${r.polarity}` }, label(r.type)),
              ' ',
              h('span', {}, r.target.name),
              h('span', { class: 'sr-only' }, `, ${label(r.polarity).toLowerCase()}`),
              isFresh.has(r.id) ? h('span', { class: 'new' }, ' new') : null,
            ),
          ),
        ),
  );
  const actors = [...subgraph.actors].sort((a, b) => a.name.localeCompare(b.name));
  fill(
    actorsEl,
    actors.map((a) =>
      h(
        'li',
        {},
        h(
          'button',
          {
            type: 'button',
            class: 'item',
            'data-select': `actor:${a.id}`,
            onclick: () => onPick({ kind: 'actor', id: a.id }),
          },
          h('span', { class: `kind-dot kind-${a.kind}`, 'aria-hidden': 'true' }),
          a.name,
          h('span', { class: 'muted' }, ` ${label(a.kind).toLowerCase()}`),
          a.id === subgraph.center.id ? h('span', { class: 'muted' }, ' (centre)') : null,
        ),
      ),
    ),
  );
}

/** Marks the list entry of the selection as current. */
export function markSelected(root: HTMLElement, selection: Selection | null): void {
  const key = selection ? `${selection.kind}:${selection.id}` : '';
  for (const el of root.querySelectorAll<HTMLElement>('[data-select]')) {
    if (el.dataset.select === key) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  }
}
