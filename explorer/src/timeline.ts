/** The timeline strip: the selected actor's relations, stances and documents in date order. */
import { request } from './api';
import { button, fill, h } from './dom';
import { TIMELINE } from './queries';
import type { TimelineEvent } from './types';
import { label, POSITION_TEXT } from './vocabulary';

export interface TimelineActions {
  selectRelation(id: string): void;
  openTopic(id: string): void;
}

function entry(event: TimelineEvent, actions: TimelineActions): HTMLElement {
  const item = event.item;
  switch (item.__typename) {
    case 'Relation':
      return button(
        [
          item.source.name,
          ' ',
          h('span', { class: `badge polarity-${item.polarity}` }, label(item.type)),
          ' ',
          item.target.name,
        ],
        () => actions.selectRelation(item.id),
        { class: 'event' },
      );
    case 'Stance':
      return button(
        [
          h('span', { class: `badge position-${item.position}` }, POSITION_TEXT[item.position]),
          ' ',
          item.topic.name,
        ],
        () => actions.openTopic(item.topic.id),
        { class: 'event' },
      );
    case 'Document':
      return h('span', { class: 'event document' }, 'Article: ', h('cite', {}, item.title));
  }
}

export async function loadTimeline(
  list: HTMLElement,
  actorId: string,
  actions: TimelineActions,
): Promise<void> {
  const { timeline } = await request(TIMELINE, { actorId });
  let lastDate = '';
  fill(
    list,
    timeline.length === 0
      ? h('li', { class: 'muted' }, 'Nothing dated yet.')
      : timeline.map((event) => {
          const newDay = event.date !== lastDate;
          lastDate = event.date;
          return h(
            'li',
            { class: newDay ? 'new-day' : '' },
            h('time', { datetime: event.date, class: newDay ? '' : 'same-day' }, event.date),
            entry(event, actions),
          );
        }),
  );
}
