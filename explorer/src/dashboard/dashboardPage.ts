/**
 * The dashboard (#dashboard): relations over time with a range brush, the most active actors, the
 * stance balance on a topic and a pair view, all from the aggregate queries. Choosing a range (by
 * dragging across the relations chart, or typing the dates) narrows the other panels; a change to
 * the graph reloads every panel.
 */
import './dashboard.css';
import { describeError, request } from '../api';
import { button, fill, h } from '../dom';
import { ActivityPanel } from './activityPanel';
import { INTERVALS, WHOLE_PERIOD, type Interval, type Range } from './model';
import { PairPanel } from './pairPanel';
import { DASH_CHOICES } from './queries';
import { RelationsPanel } from './relationsPanel';
import { StancePanel } from './stancePanel';

export interface DashboardActions {
  openActor(id: string): void;
}

export class DashboardPage {
  private range: Range = WHOLE_PERIOD;
  private interval: Interval = 'WEEK';
  private loaded = false;
  private readonly relations: RelationsPanel;
  private readonly activity: ActivityPanel;
  private readonly stances: StancePanel;
  private readonly pair: PairPanel;
  private readonly fromInput = h('input', { id: 'dash-from', type: 'date' });
  private readonly toInput = h('input', { id: 'dash-to', type: 'date' });
  private readonly status = h('p', { class: 'dash-status', role: 'status' });

  constructor(root: HTMLElement, actions: DashboardActions) {
    this.relations = new RelationsPanel((range) => void this.choose(range));
    this.activity = new ActivityPanel((id) => actions.openActor(id));
    this.stances = new StancePanel(() => void this.guard(this.loadStances()));
    this.pair = new PairPanel(() => void this.guard(this.loadPair()));
    for (const input of [this.fromInput, this.toInput]) {
      input.addEventListener(
        'change',
        () =>
          void this.choose({ from: this.fromInput.value || null, to: this.toInput.value || null }),
      );
    }
    fill(
      root,
      h('div', { class: 'controls dash-controls' }, this.rangeControls(), this.intervalControl()),
      this.status,
      h(
        'div',
        { class: 'dash-grid' },
        this.relations.element,
        this.activity.element,
        this.stances.element,
        this.pair.element,
      ),
    );
  }

  /** Loads every panel the first time the dashboard is shown. */
  async shown(): Promise<void> {
    if (!this.loaded) await this.refresh();
  }

  /** Reloads every panel, e.g. after a change to the graph. */
  async refresh(): Promise<void> {
    await this.guard(
      (async () => {
        const { topics, activity } = await request(DASH_CHOICES);
        this.stances.offer(topics);
        this.pair.offer(activity.map((row) => row.actor));
        await Promise.all([this.relations.load(this.interval), this.loadRanged()]);
        this.loaded = true;
      })(),
    );
  }

  private async choose(range: Range): Promise<void> {
    this.range = range;
    this.fromInput.value = range.from ?? '';
    this.toInput.value = range.to ?? '';
    if (!range.from && !range.to) this.relations.clearBrush();
    await this.guard(this.loadRanged());
  }

  private loadRanged(): Promise<unknown> {
    return Promise.all([this.activity.load(this.range), this.loadStances(), this.loadPair()]);
  }

  private loadStances = () => this.stances.load(this.interval, this.range);
  private loadPair = () => this.pair.load(this.interval, this.range);

  /** Shows a failed load in the status line rather than leaving a panel silently stale. */
  private async guard(work: Promise<unknown>): Promise<void> {
    try {
      await work;
      this.status.textContent = '';
      this.status.classList.remove('error');
    } catch (err) {
      this.status.textContent = `Could not load the dashboard. ${describeError(err)}`;
      this.status.classList.add('error');
    }
  }

  private rangeControls(): HTMLElement {
    return h(
      'fieldset',
      { class: 'range' },
      h('legend', {}, 'Period'),
      h('label', { for: 'dash-from' }, 'From'),
      this.fromInput,
      h('label', { for: 'dash-to' }, 'to'),
      this.toInput,
      button('Whole period', () => void this.choose(WHOLE_PERIOD)),
    );
  }

  private intervalControl(): HTMLElement {
    const select = h(
      'select',
      { id: 'dash-interval' },
      INTERVALS.map((i) =>
        h('option', { value: i, selected: i === this.interval }, i.toLowerCase()),
      ),
    );
    select.addEventListener('change', () => {
      this.interval = INTERVALS.find((i) => i === select.value) ?? 'WEEK';
      void this.refresh();
    });
    return h('span', { class: 'picker' }, h('label', { for: 'dash-interval' }, 'Buckets'), select);
  }
}
