/**
 * What the page shows, kept in the URL's fragment so views can be linked,
 * bookmarked and reloaded: `#actor=zelensky&depth=2&types=CALLED,SUPPORTS`,
 * `#topics`, `#topic=ukraine-nato-membership` or `#dashboard`.
 */
import type { RelationType } from './types';
import { RELATION_TYPES } from './vocabulary';

export interface Route {
  view: 'network' | 'topics' | 'dashboard';
  actorId: string | null;
  depth: number;
  types: RelationType[] | null;
  topicId: string | null;
}

export function parseRoute(hash: string): Route {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const depth = Number(params.get('depth') ?? 1);
  const types = params.get('types');
  const topicId = params.get('topic') || null;
  return {
    view: params.has('dashboard')
      ? 'dashboard'
      : params.has('topics') || topicId
        ? 'topics'
        : 'network',
    actorId: params.get('actor') || null,
    depth: [1, 2, 3].includes(depth) ? depth : 1,
    types:
      types === null
        ? null
        : types
            .split(',')
            .filter((t): t is RelationType => RELATION_TYPES.includes(t as RelationType)),
    topicId,
  };
}

export function formatRoute(route: Route): string {
  if (route.view === 'dashboard') return '#dashboard';
  if (route.view === 'topics') {
    return route.topicId ? `#topic=${encodeURIComponent(route.topicId)}` : '#topics';
  }
  if (!route.actorId) return '#';
  const params = new URLSearchParams({ actor: route.actorId });
  if (route.depth !== 1) params.set('depth', String(route.depth));
  if (route.types) params.set('types', route.types.join(','));
  return `#${params.toString().replace(/%2C/g, ',')}`;
}
