/** Evidence quotes with their document and date, as every panel shows them. */
import { h } from './dom';
import type { Evidence } from './types';

export function evidenceList(evidence: Evidence[]): HTMLElement {
  if (evidence.length === 0) return h('p', { class: 'muted' }, 'No quotes.');
  return h(
    'ol',
    { class: 'evidence', 'aria-label': 'Evidence quotes' },
    evidence.map((e) =>
      h(
        'li',
        {},
        h('blockquote', {}, e.quote),
        h(
          'p',
          { class: 'source' },
          h('cite', {}, e.document.title),
          ', ',
          h('time', { datetime: e.document.publishedAt }, e.document.publishedAt),
        ),
      ),
    ),
  );
}
