/** A labelled drop-down of ids, the dashboard's one kind of chooser. */
import { fill, h } from '../dom';

export interface Choice {
  id: string;
  name: string;
}

export class Picker {
  readonly element: HTMLElement;
  readonly select: HTMLSelectElement;

  constructor(id: string, labelText: string, onChange: () => void) {
    this.select = h('select', { id });
    this.select.addEventListener('change', onChange);
    this.element = h('span', { class: 'picker' }, h('label', { for: id }, labelText), this.select);
  }

  get value(): string {
    return this.select.value;
  }

  /** Offers `choices`, keeping the current one if it is still offered, else taking `fallback`. */
  offer(choices: Choice[], fallback?: string): void {
    const keep = this.select.value || fallback || choices[0]?.id || '';
    fill(
      this.select,
      choices.map((c) => h('option', { value: c.id }, c.name)),
    );
    if (choices.some((c) => c.id === keep)) this.select.value = keep;
  }
}
