/** The network's filters: depth (1–3) and which relation types to follow. */
import { button, h } from './dom';
import type { RelationType } from './types';
import { label, RELATION_TYPES } from './vocabulary';

export interface FilterState {
  depth: number;
  /** The relation types followed; every type when null. */
  types: RelationType[] | null;
}

export class Filters {
  private readonly depth: HTMLSelectElement;
  private readonly boxes: Map<RelationType, HTMLInputElement>;
  private readonly summary: HTMLElement;

  constructor(root: HTMLElement, onChange: (state: FilterState) => void) {
    this.depth = h(
      'select',
      { id: 'depth' },
      [1, 2, 3].map((d) => h('option', { value: d }, String(d))),
    );
    this.depth.addEventListener('change', () => onChange(this.state));
    this.boxes = new Map(
      RELATION_TYPES.map((t) => {
        const box = h('input', { type: 'checkbox', value: t, checked: true });
        box.addEventListener('change', () => {
          this.updateSummary();
          onChange(this.state);
        });
        return [t, box];
      }),
    );
    const setAll = (checked: boolean) => {
      for (const box of this.boxes.values()) box.checked = checked;
      this.updateSummary();
      onChange(this.state);
    };
    this.summary = h('summary', {});
    root.append(
      h('label', { class: 'depth' }, 'Depth ', this.depth),
      h(
        'details',
        { class: 'types' },
        this.summary,
        h(
          'fieldset',
          {},
          h('legend', { class: 'sr-only' }, 'Relation types to show'),
          h(
            'div',
            { class: 'type-grid' },
            [...this.boxes].map(([t, box]) => h('label', {}, box, ` ${label(t)}`)),
          ),
          h(
            'p',
            { class: 'actions' },
            button('All', () => setAll(true)),
            button('None', () => setAll(false)),
          ),
        ),
      ),
    );
    this.updateSummary();
  }

  get state(): FilterState {
    const checked = [...this.boxes].filter(([, b]) => b.checked).map(([t]) => t);
    return {
      depth: Number(this.depth.value),
      types: checked.length === this.boxes.size ? null : checked,
    };
  }

  set(state: FilterState): void {
    this.depth.value = String(state.depth);
    for (const [t, box] of this.boxes)
      box.checked = state.types === null || state.types.includes(t);
    this.updateSummary();
  }

  private updateSummary(): void {
    const n = [...this.boxes.values()].filter((b) => b.checked).length;
    this.summary.textContent = `Relation types (${n === this.boxes.size ? 'all' : `${n} of ${this.boxes.size}`})`;
  }
}
