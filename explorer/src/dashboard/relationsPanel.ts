/** Relations per bucket by polarity, over the whole period; dragging across it picks the range. */
import { request } from '../api';
import { h } from '../dom';
import { label, POLARITIES, POLARITY_COLOR } from '../vocabulary';
import { TimeChart } from './chart';
import type { ExplorerDashRelationsQuery } from '../generated/operations';
import type { ChartData, Interval, Range } from './model';
import { toSeconds } from './model';
import { DASH_RELATIONS } from './queries';

type Bucket = ExplorerDashRelationsQuery['relationSeries'][number];

export function relationsChartData(buckets: Bucket[]): ChartData {
  return {
    times: buckets.map((b) => toSeconds(b.time)),
    labels: buckets.map((b) => b.time),
    series: POLARITIES.map((polarity) => ({
      key: polarity,
      label: label(polarity).toLowerCase(),
      colour: POLARITY_COLOR[polarity],
      values: buckets.map((b) => b.groups.find((g) => g.key === polarity)?.count ?? 0),
    })),
  };
}

export class RelationsPanel {
  readonly element: HTMLElement;
  private readonly chart: TimeChart;
  private buckets: Bucket[] = [];

  constructor(onBrush: (range: Range) => void) {
    const body = h('div', { class: 'chart', id: 'dash-relations-chart' });
    this.element = h(
      'section',
      { class: 'dash-panel dash-wide', 'aria-labelledby': 'dash-relations-heading' },
      h('h2', { id: 'dash-relations-heading' }, 'Relations by polarity'),
      h('p', { class: 'muted' }, 'Drag across the chart to choose a period for the other panels.'),
      body,
    );
    this.chart = new TimeChart(body, {
      title: 'Relations by polarity',
      onBrush: (from, to) => {
        const range = this.covered(from, to);
        if (range) onBrush(range);
      },
    });
  }

  async load(interval: Interval): Promise<void> {
    const { relationSeries } = await request(DASH_RELATIONS, { interval });
    this.buckets = relationSeries;
    this.chart.show(relationsChartData(relationSeries));
  }

  /** The whole buckets whose points a drag from `from` to `to` (seconds) covered: from the first's start to the last's end. */
  private covered(from: number, to: number): Range | null {
    const inside = this.buckets.filter((b) => {
      const time = toSeconds(b.time);
      return time >= from && time <= to;
    });
    const [first, last] = [inside[0], inside[inside.length - 1]];
    return first && last ? { from: first.start, to: last.end } : null;
  }

  clearBrush(): void {
    this.chart.clearBrush();
  }
}
