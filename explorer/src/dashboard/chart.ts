/**
 * A time-series chart drawn by uPlot (https://github.com/leeoniya/uPlot), with the same numbers in
 * a table beside it: the canvas is for the eye, the table for screen readers, keyboards and tests.
 * Dragging across the plot selects a range (the brush); clicking picks the nearest bucket.
 */
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { fill, h } from '../dom';
import { dataTable } from './dataTable';
import type { ChartData } from './model';
import { dayOf } from './model';

export interface ChartOptions {
  /** The table's caption and the canvas's accessible name. */
  title: string;
  height?: number;
  /** Called with the times (seconds) a drag covered; enables the brush. */
  onBrush?: (from: number, to: number) => void;
  /** Called with the index of the bucket clicked. */
  onPick?: (index: number) => void;
}

export class TimeChart {
  private plot: uPlot | null = null;
  private readonly canvasHolder: HTMLElement;
  private readonly tableHolder: HTMLElement;
  private data: ChartData | null = null;

  constructor(
    readonly root: HTMLElement,
    private readonly options: ChartOptions,
  ) {
    this.canvasHolder = h('div', {
      class: 'chart-canvas',
      role: 'img',
      'aria-label': `${options.title}; the numbers are in the table below`,
    });
    this.tableHolder = h('div', { class: 'chart-table' });
    fill(
      root,
      this.canvasHolder,
      h('details', {}, h('summary', {}, 'Numbers as a table'), this.tableHolder),
    );
    new ResizeObserver(() => this.resize()).observe(root);
    if (options.onPick) this.listenForPicks(options.onPick);
  }

  /** Draws `data`, replacing what was drawn. */
  show(data: ChartData): void {
    this.data = data;
    this.root.dataset.buckets = String(data.times.length);
    fill(this.tableHolder, dataTable(this.options.title, data, this.options.onPick));
    this.plot?.destroy();
    this.plot = null;
    if (data.times.length === 0) {
      fill(this.canvasHolder, h('p', { class: 'muted' }, 'Nothing in this period.'));
      return;
    }
    fill(this.canvasHolder);
    this.plot = new uPlot(this.plotOptions(data), this.plotData(data), this.canvasHolder);
  }

  /** Removes the brush's shaded range, e.g. when the range is reset elsewhere. */
  clearBrush(): void {
    this.plot?.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
  }

  private plotData(data: ChartData): uPlot.AlignedData {
    return [data.times, ...data.series.map((s) => s.values)];
  }

  private plotOptions(data: ChartData): uPlot.Options {
    const { onBrush } = this.options;
    return {
      width: this.width(),
      height: this.options.height ?? 220,
      scales: { x: { time: true } },
      legend: { live: false },
      cursor: {
        drag: {
          x: onBrush !== undefined,
          y: false,
          setScale: false,
          // uPlot swallows a click it takes for the end of a drag, which a pixel of jitter between
          // press and release (or a cursor that has not caught up) is enough for: let it through.
          click: () => undefined,
        },
      },
      series: [
        { label: 'Date', value: (_u, v) => (v === null ? '' : dayOf(v)) },
        ...data.series.map((s) => ({
          label: s.label,
          stroke: s.colour,
          width: 2,
          points: { show: true, size: 7, fill: s.colour },
        })),
      ],
      hooks: {
        setSelect: onBrush ? [(u: uPlot) => this.brushed(u, onBrush)] : [],
      },
    };
  }

  private brushed(u: uPlot, onBrush: (from: number, to: number) => void): void {
    if (u.select.width < 2) return;
    onBrush(u.posToVal(u.select.left, 'x'), u.posToVal(u.select.left + u.select.width, 'x'));
  }

  /** A click on the plot picks the bucket nearest along x, whatever element of the plot it hit. */
  private listenForPicks(onPick: (index: number) => void): void {
    this.canvasHolder.addEventListener('click', (event) => {
      const plot = this.plot;
      if (!plot) return;
      const area = plot.over.getBoundingClientRect();
      if (event.clientY < area.top || event.clientY > area.bottom) return;
      onPick(plot.posToIdx(event.clientX - area.left));
    });
  }

  private width(): number {
    return Math.max(240, Math.floor(this.root.getBoundingClientRect().width));
  }

  private resize(): void {
    if (this.plot && this.data)
      this.plot.setSize({ width: this.width(), height: this.plot.height });
  }
}
