/**
 * A chart's numbers as a table: one row per bucket, one column per series; with `onRow`, each row
 * also has a button doing what clicking its point does, for keyboards and screen readers.
 */
import { button, h } from '../dom';
import type { ChartData } from './model';

export function dataTable(
  caption: string,
  data: ChartData,
  onRow?: (index: number) => void,
): HTMLTableElement {
  return h(
    'table',
    { class: 'data-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, 'Bucket start'),
        data.series.map((s) => h('th', { scope: 'col', 'data-key': s.key }, s.label)),
        onRow && h('td', {}),
      ),
    ),
    h(
      'tbody',
      {},
      data.labels.map((time, row) =>
        h(
          'tr',
          { 'data-time': time },
          h('th', { scope: 'row' }, h('time', { datetime: time }, time.slice(0, 10))),
          data.series.map((s) => h('td', { 'data-key': s.key }, String(s.values[row] ?? 0))),
          onRow &&
            h(
              'td',
              {},
              button('Quotes', () => onRow(row), { class: 'link' }),
            ),
        ),
      ),
    ),
  );
}
