/** Where actors stand on one topic at the end of each bucket, from `stanceSeries`. */
import { request } from '../api';
import { h } from '../dom';
import type { ExplorerDashStancesQuery, StancePosition } from '../generated/operations';
import { POSITION_TEXT } from '../vocabulary';
import { TimeChart } from './chart';
import type { ChartData, Interval, Range } from './model';
import { toSeconds } from './model';
import { Picker, type Choice } from './picker';
import { DASH_STANCES } from './queries';

type Bucket = ExplorerDashStancesQuery['stanceSeries'][number];

const COLUMNS: Array<{ position: StancePosition; field: keyof Bucket; colour: string }> = [
  { position: 'SUPPORTS', field: 'supporters', colour: '#1a7f37' },
  { position: 'OPPOSES', field: 'opponents', colour: '#c4151c' },
  { position: 'WORRIES_ABOUT', field: 'worried', colour: '#9a6700' },
  { position: 'UNDECIDED', field: 'undecided', colour: '#59636e' },
];

export function stanceChartData(buckets: Bucket[]): ChartData {
  return {
    times: buckets.map((b) => toSeconds(b.time)),
    labels: buckets.map((b) => b.time),
    series: COLUMNS.map(({ position, field, colour }) => ({
      key: position,
      label: POSITION_TEXT[position],
      colour,
      values: buckets.map((b) => Number(b[field])),
    })),
  };
}

export class StancePanel {
  readonly element: HTMLElement;
  readonly topic: Picker;
  private readonly chart: TimeChart;

  constructor(onTopic: () => void) {
    this.topic = new Picker('dash-topic', 'Topic', onTopic);
    const body = h('div', { class: 'chart', id: 'dash-stances-chart' });
    this.element = h(
      'section',
      { class: 'dash-panel', 'aria-labelledby': 'dash-stances-heading' },
      h('h2', { id: 'dash-stances-heading' }, 'Stance balance on a topic'),
      h('div', { class: 'controls' }, this.topic.element),
      body,
    );
    this.chart = new TimeChart(body, { title: 'Actors by position at each bucket’s end' });
  }

  offer(topics: Choice[]): void {
    this.topic.offer(topics);
  }

  async load(interval: Interval, range: Range): Promise<void> {
    if (!this.topic.value) return;
    const { stanceSeries } = await request(DASH_STANCES, {
      topicId: this.topic.value,
      interval,
      ...range,
    });
    this.chart.show(stanceChartData(stanceSeries));
  }
}
