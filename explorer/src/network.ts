/**
 * The network drawing: a Cytoscape graph of a neighbourhood, laid out in rings
 * by hops from the centre actor. Selecting a node or an edge (by pointer here,
 * or from the lists beside it) is reported to the caller.
 */
import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type SingularElementArgument,
} from 'cytoscape';
import type { Subgraph } from './types';
import { label, relationLook } from './vocabulary';
import { networkStyle } from './networkStyle';

/** The largest zoom `refit` uses, so labels stay near their 14px. */
const MAX_FIT_ZOOM = 1.2;

export type Selection = { kind: 'actor'; id: string } | { kind: 'relation'; id: string };

/** Hops from the centre over relations in either direction (breadth-first). */
function hopsFrom(subgraph: Subgraph): Map<string, number> {
  const hops = new Map([[subgraph.center.id, 0]]);
  const queue = [subgraph.center.id];
  while (queue.length > 0) {
    const id = queue.shift()!;
    for (const r of subgraph.relations) {
      const other = r.source.id === id ? r.target.id : r.target.id === id ? r.source.id : null;
      if (other !== null && !hops.has(other)) {
        hops.set(other, hops.get(id)! + 1);
        queue.push(other);
      }
    }
  }
  return hops;
}

function elements(subgraph: Subgraph, fresh: Set<string>): ElementDefinition[] {
  const hops = hopsFrom(subgraph);
  const nodes = subgraph.actors.map((a) => ({
    group: 'nodes' as const,
    data: {
      id: `actor:${a.id}`,
      actorId: a.id,
      name: a.name,
      kind: a.kind,
      hops: hops.get(a.id) ?? 9,
    },
    classes: a.id === subgraph.center.id ? 'center' : '',
  }));
  const edges = subgraph.relations.map((r) => {
    const look = relationLook(r.type);
    return {
      group: 'edges' as const,
      data: {
        id: `relation:${r.id}`,
        relationId: r.id,
        source: `actor:${r.source.id}`,
        target: `actor:${r.target.id}`,
        polarity: r.polarity,
        confidence: r.confidence,
        line: look.line,
        arrow: look.arrow,
        label: label(r.type),
      },
      classes: fresh.has(r.id) ? 'fresh' : '',
    };
  });
  return [...nodes, ...edges];
}

export class NetworkView {
  private readonly cy: Core;

  constructor(container: HTMLElement, onSelect: (selection: Selection) => void) {
    this.cy = cytoscape({
      container,
      style: networkStyle,
      minZoom: 0.3,
      maxZoom: 3,
      boxSelectionEnabled: false,
      selectionType: 'single',
    });
    const idOf = (e: EventObject, key: string) =>
      (e.target as SingularElementArgument).data(key) as string;
    this.cy.on('tap', 'node', (e) => onSelect({ kind: 'actor', id: idOf(e, 'actorId') }));
    this.cy.on('tap', 'edge', (e) => onSelect({ kind: 'relation', id: idOf(e, 'relationId') }));
  }

  /** Draws `subgraph`, marking the relations in `fresh` as just added. */
  show(subgraph: Subgraph, fresh: Set<string> = new Set()): void {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements(subgraph, fresh));
    });
    const deepest = Math.max(0, ...this.cy.nodes().map((n) => n.data('hops') as number));
    // Rings by hops from the centre: a clear picture of one hop, and a deterministic start.
    this.cy
      .layout({
        name: 'concentric',
        concentric: (node) => deepest + 1 - (node.data('hops') as number),
        levelWidth: () => 1,
        minNodeSpacing: 110,
        padding: 24,
        animate: false,
      })
      .run();
    // Deeper networks read better force-directed, starting from the rings (so the same every time).
    if (deepest > 1) {
      this.cy
        .layout({
          name: 'cose',
          randomize: false,
          animate: false,
          idealEdgeLength: () => 100,
          // Several relations between the same two actors should pull no harder than one.
          edgeElasticity: (edge) => 100 * edge.parallelEdges().length,
          nodeRepulsion: () => 400_000,
          nodeOverlap: 40,
          gravity: 0.25,
          numIter: 1500,
          padding: 24,
        })
        .run();
    }
  }

  /** Marks an element selected, as if clicked (nothing when it is not drawn); `dim` fades the rest. */
  select(selection: Selection | null, dim = true): void {
    const all = this.cy.elements();
    all.unselect().removeClass('dimmed');
    if (!selection) return;
    const element = this.cy.getElementById(`${selection.kind}:${selection.id}`);
    element.select();
    // Fade what is not about the selection: for a relation its two actors, for an actor its neighbours.
    const kept =
      selection.kind === 'relation'
        ? element.union(element.connectedNodes())
        : element.closedNeighborhood();
    if (dim && element.nonempty()) all.not(kept).addClass('dimmed');
  }

  /** Call after the container changed size (e.g. a hidden view was shown). */
  refit(): void {
    this.cy.resize();
    this.cy.fit(undefined, 32);
    // A small network would be blown up to fill the box; keep labels at reading size.
    if (this.cy.zoom() > MAX_FIT_ZOOM) {
      this.cy.zoom(MAX_FIT_ZOOM);
      this.cy.center();
    }
  }
}
