/**
 * Two actors, both ways: relations per bucket from each to the other (`relationSeries` grouped by
 * pair), the pair's totals (`pairSummary`), and the quotes behind a bucket when its point is clicked.
 */
import { describeError, request } from '../api';
import { fill, h } from '../dom';
import type { ExplorerDashPairQuery } from '../generated/operations';
import { label } from '../vocabulary';
import { TimeChart } from './chart';
import type { ChartData, Interval, Range } from './model';
import { clip, toSeconds } from './model';
import { Picker, type Choice } from './picker';
import { DASH_PAIR, DASH_PAIR_QUOTES } from './queries';

type Pair = ExplorerDashPairQuery;
type Bucket = Pair['relationSeries'][number];

export function pairChartData(buckets: Bucket[], a: Choice, b: Choice): ChartData {
  const direction = (from: Choice, to: Choice, colour: string) => ({
    key: `${from.id}>${to.id}`,
    label: `${from.name} → ${to.name}`,
    colour,
    values: buckets.map((k) => k.groups.find((g) => g.key === `${from.id}>${to.id}`)?.count ?? 0),
  });
  return {
    times: buckets.map((k) => toSeconds(k.time)),
    labels: buckets.map((k) => k.time),
    series: [direction(a, b, '#0969da'), direction(b, a, '#8250df')],
  };
}

function summaryText(summary: Pair['pairSummary'], a: Choice, b: Choice): string {
  if (summary.count === 0) return `No relations between ${a.name} and ${b.name}.`;
  return (
    `${summary.count} relations from ${summary.firstDate} to ${summary.lastDate}: ` +
    `${summary.aToB.count} from ${a.name}, ${summary.bToA.count} from ${b.name}; ` +
    `Goldstein balance ${summary.goldsteinBalance.toFixed(1)}.`
  );
}

export class PairPanel {
  readonly element: HTMLElement;
  readonly a: Picker;
  readonly b: Picker;
  private readonly summary: HTMLElement;
  private readonly quotes: HTMLElement;
  private readonly chart: TimeChart;
  private buckets: Bucket[] = [];
  private range: Range = { from: null, to: null };

  constructor(onPair: () => void) {
    this.a = new Picker('dash-pair-a', 'Actor', onPair);
    this.b = new Picker('dash-pair-b', 'and actor', onPair);
    this.summary = h('p', { class: 'pair-summary', role: 'status' });
    this.quotes = h('section', { class: 'pair-quotes', 'aria-label': 'Quotes behind the point' });
    const body = h('div', { class: 'chart', id: 'dash-pair-chart' });
    this.element = h(
      'section',
      { class: 'dash-panel', 'aria-labelledby': 'dash-pair-heading' },
      h('h2', { id: 'dash-pair-heading' }, 'Between two actors'),
      h('div', { class: 'controls' }, this.a.element, this.b.element),
      this.summary,
      body,
      h('p', { class: 'muted' }, 'Click a point to read the quotes behind it.'),
      this.quotes,
    );
    this.chart = new TimeChart(body, {
      title: 'Relations each way',
      onPick: (index) => void this.showQuotes(index),
    });
  }

  offer(actors: Choice[]): void {
    this.a.offer(actors, actors[0]?.id);
    this.b.offer(actors, actors[1]?.id);
  }

  private choice(picker: Picker): Choice {
    const option = picker.select.selectedOptions[0];
    return { id: picker.value, name: option?.textContent ?? picker.value };
  }

  async load(interval: Interval, range: Range): Promise<void> {
    const [a, b] = [this.choice(this.a), this.choice(this.b)];
    if (!a.id || !b.id) return;
    fill(this.quotes);
    if (a.id === b.id) {
      this.summary.textContent = 'Pick two different actors.';
      this.chart.show({ times: [], labels: [], series: [] });
      return;
    }
    const pair = [a.id, b.id];
    const data = await request(DASH_PAIR, { a: a.id, b: b.id, pair, interval, ...range });
    this.range = range;
    this.buckets = data.relationSeries;
    this.summary.textContent = summaryText(data.pairSummary, a, b);
    this.chart.show(pairChartData(this.buckets, a, b));
  }

  /** The relations between the two in bucket `index` (within the chosen range), with their quotes. */
  async showQuotes(index: number): Promise<void> {
    const bucket = this.buckets[index];
    if (!bucket) return;
    const { from, to } = clip(this.range, { from: bucket.start, to: bucket.end });
    if (!from || !to) return;
    try {
      const { relations } = await request(DASH_PAIR_QUOTES, {
        pair: [this.a.value, this.b.value],
        from,
        to,
      });
      fill(
        this.quotes,
        h('h3', {}, `Quotes from ${from} to ${to}`),
        relations.edges.length === 0
          ? h('p', { class: 'muted' }, 'No relations in this bucket.')
          : h(
              'ul',
              { class: 'quote-list', 'aria-label': 'Quotes' },
              relations.edges.map(({ node }) =>
                h(
                  'li',
                  { 'data-relation-id': node.id },
                  h(
                    'p',
                    {},
                    `${node.source.name} `,
                    h('span', { class: `badge polarity-${node.polarity}` }, label(node.type)),
                    ` ${node.target.name} · `,
                    h('time', { datetime: node.effectiveDate }, node.effectiveDate),
                  ),
                  node.evidence.map((e) =>
                    h(
                      'figure',
                      { class: `quote polarity-${node.polarity}` },
                      h('blockquote', {}, e.quote),
                      h('figcaption', {}, h('cite', {}, e.document.title)),
                    ),
                  ),
                ),
              ),
            ),
      );
    } catch (err) {
      fill(
        this.quotes,
        h('p', { class: 'error' }, `Could not load the quotes. ${describeError(err)}`),
      );
    }
  }
}
