/**
 * The network view: loads an actor's neighbourhood and shows it as a drawing,
 * lists and a timeline, and shows what is selected in the details panel.
 */
import { describeError, request } from './api';
import type { DetailsPanel } from './details';
import { byId, fill, h } from './dom';
import type { FilterState } from './filters';
import { markSelected, renderLists } from './lists';
import { NetworkView, type Selection } from './network';
import { ACTOR, NEIGHBORHOOD, RELATION } from './queries';
import { loadTimeline, type TimelineActions } from './timeline';
import type { Subgraph } from './types';

export class NetworkPage {
  private readonly view: NetworkView;
  private readonly heading = byId('network-heading');
  private readonly body = byId('network-body');
  private readonly empty = byId('network-empty');
  private readonly relationList = byId('relation-list');
  private readonly actorList = byId('actor-list');
  private readonly timeline = byId('timeline');
  current: Subgraph | null = null;
  private selection: Selection | null = null;
  /** Whether the reader chose the selection (then the drawing fades the rest) or it is the default, the centre. */
  private chosen = false;
  private request = 0;

  constructor(
    private readonly details: DetailsPanel,
    private readonly timelineActions: TimelineActions,
  ) {
    this.view = new NetworkView(byId('cy'), (s) => void this.select(s));
  }

  /** Shows the neighbourhood of `actorId`; `quiet` keeps the selection and focus (live refreshes). */
  async open(actorId: string, filters: FilterState, quiet = false): Promise<void> {
    const ticket = ++this.request;
    const focusBefore = document.activeElement;
    const before = new Set(this.current?.relations.map((r) => r.id));
    const sameCenter = this.current?.center.id === actorId;
    this.heading.setAttribute('aria-busy', 'true');
    let subgraph: Subgraph;
    try {
      ({ neighborhood: subgraph } = await request(NEIGHBORHOOD, {
        actorId,
        depth: filters.depth,
        types: filters.types,
      }));
    } catch (err) {
      if (ticket !== this.request) return;
      this.heading.removeAttribute('aria-busy');
      if (!quiet) this.showMessage(`Could not open this network. ${describeError(err)}`);
      return;
    }
    if (ticket !== this.request) return;
    this.heading.removeAttribute('aria-busy');
    this.current = subgraph;
    this.heading.textContent = `Network around ${subgraph.center.name}`;
    this.empty.hidden = true;
    this.body.hidden = false;
    const fresh = quiet && sameCenter ? subgraph.relations.filter((r) => !before.has(r.id)) : [];
    this.view.show(subgraph, new Set(fresh.map((r) => r.id)));
    this.view.refit();
    renderLists(this.relationList, this.actorList, subgraph, (s) => void this.select(s), fresh);
    void this.loadTimeline(subgraph.center.id);
    // Take the reader to a newly opened network (not after a filter change, which keeps focus on
    // the filter), unless they have moved on meanwhile (e.g. typing a search).
    const focusMoved =
      document.activeElement !== focusBefore && document.activeElement !== document.body;
    if (!quiet && !sameCenter && !focusMoved) this.heading.focus();
    const keep = quiet && this.selection && this.isShown(this.selection);
    if (keep) this.mark(this.selection);
    else await this.select({ kind: 'actor', id: subgraph.center.id }, false);
  }

  private isShown(s: Selection): boolean {
    const list = s.kind === 'actor' ? this.current?.actors : this.current?.relations;
    return list?.some((x) => x.id === s.id) ?? false;
  }

  private async loadTimeline(actorId: string): Promise<void> {
    try {
      await loadTimeline(this.timeline, actorId, this.timelineActions);
    } catch (err) {
      fill(this.timeline, h('li', { class: 'error' }, `No timeline. ${describeError(err)}`));
    }
  }

  showMessage(text: string): void {
    this.current = null;
    this.body.hidden = true;
    this.empty.hidden = false;
    fill(this.empty, h('p', { class: 'error' }, text));
  }

  private mark(selection: Selection | null): void {
    this.view.select(selection, this.chosen);
    markSelected(this.relationList, selection);
    markSelected(this.actorList, selection);
  }

  /** Selects a relation or an actor and shows its details; `focus` moves focus to them. */
  async select(selection: Selection, focus = true): Promise<void> {
    this.selection = selection;
    this.chosen = focus;
    this.mark(selection);
    this.details.loading();
    try {
      if (selection.kind === 'relation') {
        const { relation } = await request(RELATION, {
          id: selection.id,
        });
        if (!relation) throw new Error(`there is no relation "${selection.id}"`);
        if (this.selection === selection) this.details.relation(relation, focus);
      } else {
        const { actor } = await request(ACTOR, {
          id: selection.id,
        });
        if (!actor) throw new Error(`there is no actor "${selection.id}"`);
        if (this.selection === selection) {
          this.details.actor(actor, actor.id === this.current?.center.id, focus);
        }
      }
    } catch (err) {
      if (this.selection === selection) this.details.error(describeError(err));
    }
  }

  /** Call when the view becomes visible again: the drawing needs its size. */
  shown(): void {
    if (this.current) this.view.refit();
  }
}
