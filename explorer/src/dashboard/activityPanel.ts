/** The most active actors in the chosen period, from `activity`. */
import { request } from '../api';
import { button, fill, h } from '../dom';
import type { ExplorerDashActivityQuery } from '../generated/operations';
import type { Range } from './model';
import { describeRange } from './model';
import { DASH_ACTIVITY } from './queries';

type Row = ExplorerDashActivityQuery['activity'][number];

/** "1 relation", "2 relations". */
const counted = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;

const counts = (row: Row): string =>
  `${counted(row.relations, 'relation')}, ${counted(row.stances, 'stance')} · ${row.positive} positive, ${row.negative} negative, ${row.neutral} neutral`;

export class ActivityPanel {
  readonly element: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly period: HTMLElement;

  constructor(private readonly openActor: (id: string) => void) {
    this.list = h('ol', { class: 'activity', 'aria-labelledby': 'dash-activity-heading' });
    this.period = h('p', { class: 'muted' });
    this.element = h(
      'section',
      { class: 'dash-panel', 'aria-labelledby': 'dash-activity-heading' },
      h('h2', { id: 'dash-activity-heading' }, 'Most active actors'),
      this.period,
      this.list,
    );
  }

  async load(range: Range): Promise<void> {
    const { activity } = await request(DASH_ACTIVITY, range);
    this.period.textContent = `Relations and stances ${describeRange(range)}.`;
    fill(
      this.list,
      activity.length === 0
        ? h('li', { class: 'muted' }, 'Nobody was active in this period.')
        : activity.map((row) =>
            h(
              'li',
              { 'data-actor-id': row.actor.id, 'data-total': row.total },
              button(row.actor.name, () => this.openActor(row.actor.id), { class: 'link' }),
              ' ',
              h('strong', { class: 'total' }, String(row.total)),
              h('span', { class: 'muted counts' }, counts(row)),
            ),
          ),
    );
  }
}
