/** A few DOM helpers, so views read as markup. Text is always set as text, never as HTML. */

type Child = Node | string | null | undefined | false;
/** Attributes by name; `onclick` is added as a click listener. */
type Attrs = Record<string, string | number | boolean | null | undefined | (() => void)>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Array<Child | Child[]>
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === 'function') {
      if (name === 'onclick') el.addEventListener('click', () => value());
    } else if (value === true) {
      el.setAttribute(name, '');
    } else if (value !== false && value !== null && value !== undefined) {
      el.setAttribute(name, String(value));
    }
  }
  append(el, children);
  return el;
}

function append(el: HTMLElement, children: Array<Child | Child[]>): void {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Replaces an element's content. */
export function fill(el: HTMLElement, ...children: Array<Child | Child[]>): void {
  el.replaceChildren();
  append(el, children);
}

/** The element with this id; throws when index.html lacks it. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el as T;
}

/** A button, the explorer's one kind of control for actions. */
export function button(label: Child | Child[], onclick: () => void, attrs: Attrs = {}) {
  return h('button', { type: 'button', ...attrs, onclick: () => onclick() }, label);
}
