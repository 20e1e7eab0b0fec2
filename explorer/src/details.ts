/**
 * The side panel: details of whatever is selected (a relation, an actor, or
 * the stances behind a topic-grid cell) with every evidence quote.
 */
import { button, fill, h } from './dom';
import { evidenceList } from './evidence';
import type { ActorDetails, ActorRef, RelationDetails, StanceDetails } from './types';
import { label, percent, POSITION_TEXT } from './vocabulary';

export interface DetailsActions {
  openActor(id: string): void;
  openTopic(id: string): void;
}

function facts(rows: Array<[string, Node | string | null]>): HTMLElement {
  return h(
    'dl',
    { class: 'facts' },
    rows
      .filter(([, v]) => v !== null && v !== '')
      .flatMap(([k, v]) => [h('dt', {}, k), h('dd', {}, v)]),
  );
}

const polarity = (p: string) => h('span', { class: `polarity-${p}` }, label(p).toLowerCase());

function stanceBlock(s: StanceDetails, heading: Node | string): HTMLElement {
  return h(
    'section',
    { class: 'stance' },
    h('h4', {}, heading),
    facts([
      [
        'Position',
        h('span', { class: `position position-${s.position}` }, POSITION_TEXT[s.position]),
      ],
      ['Polarity', polarity(s.polarity)],
      ['Date', s.effectiveDate],
      ['Confidence', percent(s.confidence)],
      ['Summary', s.summary],
    ]),
    evidenceList(s.evidence),
  );
}

export class DetailsPanel {
  constructor(
    private readonly root: HTMLElement,
    private readonly actions: DetailsActions,
  ) {}

  private show(focus: boolean, title: string, ...body: Array<Node | null>): void {
    const heading = h('h2', { id: 'details-heading', tabindex: -1 }, title);
    fill(this.root, heading, ...body);
    if (focus) heading.focus();
  }

  empty(): void {
    fill(
      this.root,
      h('h2', { id: 'details-heading' }, 'Details'),
      h(
        'p',
        { class: 'muted' },
        'Select a relation, an actor or a grid cell to see its details and evidence here.',
      ),
    );
  }

  loading(): void {
    this.root.setAttribute('aria-busy', 'true');
  }

  error(message: string): void {
    this.root.removeAttribute('aria-busy');
    this.show(false, 'Details', h('p', { class: 'error' }, message));
  }

  private actorButton(a: ActorRef): HTMLElement {
    return button(`Open ${a.name}'s network`, () => this.actions.openActor(a.id), {
      class: 'link',
    });
  }

  relation(r: RelationDetails, focus = true): void {
    this.root.removeAttribute('aria-busy');
    this.show(
      focus,
      `${r.source.name} → ${r.target.name}`,
      facts([
        ['Type', h('strong', {}, label(r.type))],
        ['Polarity', polarity(r.polarity)],
        [
          'Date',
          r.date ? r.effectiveDate : `${r.effectiveDate} (publication date; no event date given)`,
        ],
        ['Confidence', percent(r.confidence)],
        ['Method', label(r.method).toLowerCase()],
        ['CAMEO', r.cameo ? `${r.cameo.code} ${r.cameo.label}` : null],
        ['Note', r.note],
      ]),
      h('h3', {}, `Evidence (${r.evidence.length})`),
      evidenceList(r.evidence),
      h('p', { class: 'actions' }, this.actorButton(r.source), this.actorButton(r.target)),
    );
  }

  actor(a: ActorDetails, isCenter: boolean, focus = true): void {
    this.root.removeAttribute('aria-busy');
    this.show(
      focus,
      a.name,
      facts([
        ['Kind', label(a.kind).toLowerCase()],
        ['About', a.description],
        ['Also known as', a.aliases.join(', ')],
        ['Wikidata', a.wikidataId],
        [
          'Offices',
          a.roles.length === 0
            ? null
            : h(
                'ul',
                {},
                a.roles.map((r) =>
                  h(
                    'li',
                    {},
                    `${r.title}, `,
                    button(r.organization.name, () => this.actions.openActor(r.organization.id), {
                      class: 'link',
                    }),
                  ),
                ),
              ),
        ],
      ]),
      isCenter ? null : h('p', { class: 'actions' }, this.actorButton(a)),
      h('h3', {}, `Stances (${a.stances.length})`),
      ...a.stances.map((s) =>
        stanceBlock(
          s,
          button(s.topic.name, () => this.actions.openTopic(s.topic.id), { class: 'link' }),
        ),
      ),
    );
  }

  stances(title: string, stances: StanceDetails[], focus = true): void {
    this.root.removeAttribute('aria-busy');
    this.show(
      focus,
      title,
      ...stances.map((s) => stanceBlock(s, `${POSITION_TEXT[s.position]}, ${s.effectiveDate}`)),
    );
  }
}
