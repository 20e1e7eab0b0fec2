/**
 * The search box: actors (names and aliases), topics and quotes through the
 * API's full-text `search`, falling back to `actors(filter: { search })` and topic names
 * on a server that does not serve `search`.
 */
import { ApiError, describeError, request } from './api';
import { button, fill, h } from './dom';
import { SEARCH, SEARCH_FALLBACK } from './queries';
import type { SearchResult } from './types';
import { label } from './vocabulary';

export interface SearchActions {
  openActor(id: string): void;
  openTopic(id: string): void;
  openRelation(actorId: string, relationId: string): void;
}

async function fullText(query: string): Promise<SearchResult[]> {
  const { search } = await request(SEARCH, { query });
  const seenQuotes = new Set<string>();
  const results: SearchResult[] = [];
  for (const { item } of search) {
    if (item.__typename === 'Actor') results.push({ kind: 'actor', actor: item });
    else if (item.__typename === 'Topic') results.push({ kind: 'topic', topic: item });
    else if (!seenQuotes.has(item.quote)) {
      seenQuotes.add(item.quote);
      const s = item.subject;
      results.push({
        kind: 'quote',
        quote: item.quote,
        document: item.document.title,
        ...(s.__typename === 'Relation'
          ? { relation: { id: s.id, source: s.source } }
          : { topicId: s.topic.id }),
      });
    }
  }
  return results;
}

async function fallback(query: string): Promise<SearchResult[]> {
  const data = await request(SEARCH_FALLBACK, { query });
  const needle = query.trim().toLowerCase();
  return [
    ...data.actors.edges.map((e): SearchResult => ({ kind: 'actor', actor: e.node })),
    ...data.topics
      .filter((t) => t.name.toLowerCase().includes(needle))
      .map((t): SearchResult => ({ kind: 'topic', topic: t })),
  ];
}

export class SearchBox {
  private useFallback = false;
  private timer: number | undefined;
  private latest = 0;
  /** The query whose results are shown, so a repeated search does not rebuild (and unfocus) them. */
  private shown = '';

  constructor(
    form: HTMLFormElement,
    private readonly input: HTMLInputElement,
    private readonly results: HTMLElement,
    private readonly status: HTMLElement,
    private readonly actions: SearchActions,
  ) {
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      window.clearTimeout(this.timer);
      void this.run();
    });
    input.addEventListener('input', () => {
      window.clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.run(), 250);
    });
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        this.close();
        input.focus();
      } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        this.moveFocus(e.key === 'ArrowDown' ? 1 : -1);
        e.preventDefault();
      }
    };
    input.addEventListener('keydown', onKey);
    results.addEventListener('keydown', onKey);
  }

  close(): void {
    fill(this.results);
    this.results.hidden = true;
    this.shown = '';
  }

  private moveFocus(step: number): void {
    const buttons = [...this.results.querySelectorAll('button')];
    if (buttons.length === 0) return;
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = at === -1 ? (step > 0 ? 0 : buttons.length - 1) : at + step;
    if (next < 0 || next >= buttons.length) this.input.focus();
    else buttons[next].focus();
  }

  private async find(query: string): Promise<SearchResult[]> {
    if (!this.useFallback) {
      try {
        return await fullText(query);
      } catch (err) {
        // A server without `search` rejects the query as invalid: use the older fields from then on.
        if (!(err instanceof ApiError && err.hasCode('GRAPHQL_VALIDATION_FAILED'))) throw err;
        this.useFallback = true;
      }
    }
    return fallback(query);
  }

  async run(): Promise<void> {
    const query = this.input.value.trim();
    if (query === this.shown) return;
    const ticket = ++this.latest;
    if (query.length < 2) {
      this.close();
      this.status.textContent = '';
      return;
    }
    try {
      const found = await this.find(query);
      if (ticket !== this.latest) return;
      this.render(found);
      this.shown = query;
      this.status.textContent = `${found.length} result${found.length === 1 ? '' : 's'} for “${query}”`;
    } catch (err) {
      if (ticket !== this.latest) return;
      fill(this.results, h('li', { class: 'error' }, describeError(err)));
      this.results.hidden = false;
    }
  }

  private choose(action: () => void): void {
    this.close();
    action();
  }

  private render(found: SearchResult[]): void {
    this.results.hidden = false;
    if (found.length === 0) {
      fill(this.results, h('li', { class: 'muted' }, 'Nothing found.'));
      return;
    }
    fill(
      this.results,
      found.map((r) => {
        switch (r.kind) {
          case 'actor':
            return h(
              'li',
              {},
              button(
                [
                  r.actor.name,
                  h('span', { class: 'muted' }, ` ${label(r.actor.kind).toLowerCase()}`),
                ],
                () => this.choose(() => this.actions.openActor(r.actor.id)),
              ),
            );
          case 'topic':
            return h(
              'li',
              {},
              button([r.topic.name, h('span', { class: 'muted' }, ' topic')], () =>
                this.choose(() => this.actions.openTopic(r.topic.id)),
              ),
            );
          case 'quote':
            return h(
              'li',
              {},
              button(
                [h('q', {}, r.quote), h('span', { class: 'muted' }, ` in ${r.document}`)],
                () =>
                  this.choose(() =>
                    r.relation
                      ? this.actions.openRelation(r.relation.source.id, r.relation.id)
                      : this.actions.openTopic(r.topicId ?? ''),
                  ),
                { class: 'quote' },
              ),
            );
        }
      }),
    );
  }
}
