/**
 * The topic view: who supports, opposes and worries about each topic. A grid
 * of actors × topics from `stanceMatrix` (each cell reveals its evidence), and
 * a card for one topic from `topic(id)`.
 */
import { request } from './api';
import { button, fill, h } from './dom';
import { STANCE_MATRIX, TOPIC } from './queries';
import type { ActorRef, StanceMatrix, StancePosition, TopicDetails, StanceDetails } from './types';
import { percent, POSITION_TEXT } from './vocabulary';

export interface TopicActions {
  openActor(id: string): void;
  openTopic(id: string): void;
  showStances(title: string, stances: StanceDetails[]): void;
}

export class TopicsView {
  private openTopicId: string | null = null;

  constructor(
    private readonly card: HTMLElement,
    private readonly grid: HTMLElement,
    private readonly actions: TopicActions,
  ) {}

  async loadMatrix(): Promise<void> {
    const { stanceMatrix } = await request(STANCE_MATRIX);
    this.renderMatrix(stanceMatrix);
  }

  async openTopic(id: string | null): Promise<void> {
    this.openTopicId = id;
    this.highlightColumn();
    if (id === null) {
      fill(this.card);
      this.card.hidden = true;
      return;
    }
    const { topic } = await request(TOPIC, { id });
    if (!topic) {
      fill(this.card, h('p', { class: 'error' }, `There is no topic "${id}".`));
    } else {
      this.renderCard(topic);
    }
    this.card.hidden = false;
  }

  /** Reloads what is shown, e.g. after a stance was asserted. */
  async refresh(): Promise<void> {
    await Promise.all([this.loadMatrix(), this.openTopic(this.openTopicId)]);
  }

  private renderCard(topic: TopicDetails): void {
    const stanceOf = (actor: ActorRef) => topic.stances.filter((s) => s.actor.id === actor.id);
    const column = (heading: string, position: StancePosition, actors: ActorRef[]) =>
      h(
        'section',
        { class: `position-column position-${position}`, 'aria-label': heading },
        h('h4', {}, `${heading} (${actors.length})`),
        actors.length === 0
          ? h('p', { class: 'muted' }, 'Nobody.')
          : h(
              'ul',
              {},
              actors.map((a) =>
                h(
                  'li',
                  {},
                  button(a.name, () =>
                    this.actions.showStances(`${a.name} on ${topic.name}`, stanceOf(a)),
                  ),
                ),
              ),
            ),
      );
    fill(
      this.card,
      h('h3', { id: 'topic-card-heading', tabindex: -1 }, topic.name),
      topic.description ? h('p', {}, topic.description) : null,
      topic.concerns.length > 0
        ? h('p', { class: 'muted' }, `Concerns ${topic.concerns.map((a) => a.name).join(', ')}.`)
        : null,
      h(
        'div',
        { class: 'positions' },
        column('Supports', 'SUPPORTS', topic.supporters),
        column('Opposes', 'OPPOSES', topic.opponents),
        column('Worried about', 'WORRIES_ABOUT', topic.worried),
      ),
      button('Close topic', () => this.actions.openTopic('')),
    );
  }

  private renderMatrix(matrix: StanceMatrix): void {
    const head = h(
      'tr',
      {},
      h('th', { scope: 'col' }, 'Actor'),
      matrix.topics.map((t) =>
        h(
          'th',
          { scope: 'col', 'data-topic': t.id },
          button(t.name, () => this.actions.openTopic(t.id), { class: 'link' }),
        ),
      ),
    );
    const rows = matrix.rows.map((row) =>
      h(
        'tr',
        {},
        h(
          'th',
          { scope: 'row' },
          button(row.actor.name, () => this.actions.openActor(row.actor.id), { class: 'link' }),
        ),
        row.cells.map((cell, i) => {
          const topic = matrix.topics[i];
          if (!cell) {
            return h(
              'td',
              { 'data-topic': topic.id },
              h('span', { class: 'sr-only' }, 'no stance'),
            );
          }
          const text = POSITION_TEXT[cell.position];
          return h(
            'td',
            { 'data-topic': topic.id },
            button(
              [
                text,
                h(
                  'span',
                  { class: 'sr-only' },
                  ` (${percent(cell.confidence)}): ${row.actor.name} on ${topic.name}`,
                ),
              ],
              () => this.actions.showStances(`${row.actor.name} on ${topic.name}`, cell.stances),
              {
                class: `cell position-${cell.position}`,
                title: `${row.actor.name} · ${topic.name} · ${percent(cell.confidence)}`,
              },
            ),
          );
        }),
      ),
    );
    fill(
      this.grid,
      h(
        'table',
        { class: 'matrix' },
        h(
          'caption',
          {},
          'Positions by actor (rows) and topic (columns); select a cell for its evidence',
        ),
        h('thead', {}, head),
        h('tbody', {}, rows),
      ),
    );
    this.highlightColumn();
  }

  /** Marks the open topic's column, and scrolls the grid sideways to it when it is out of view. */
  private highlightColumn(): void {
    for (const el of this.grid.querySelectorAll<HTMLElement>('[data-topic]')) {
      el.classList.toggle('open', el.dataset.topic === this.openTopicId);
    }
    const header = this.grid.querySelector<HTMLElement>('th.open');
    if (!header) return;
    const left = header.offsetLeft;
    const right = left + header.offsetWidth;
    const view = this.grid;
    if (left < view.scrollLeft || right > view.scrollLeft + view.clientWidth) {
      view.scrollLeft = left - (view.clientWidth - header.offsetWidth) / 2;
    }
  }
}
