/**
 * The explorer page: wires the search box, the network, topic and dashboard views,
 * the details panel and live updates to the route in the URL fragment.
 */
import { describeError, request } from './api';
import { Connection } from './connection';
import type { DashboardPage } from './dashboard/dashboardPage';
import { DetailsPanel } from './details';
import { byId, button, fill, h } from './dom';
import { Filters } from './filters';
import { legend } from './legend';
import { subscribeToChanges } from './live';
import { NetworkPage } from './networkPage';
import { SUGGESTIONS } from './queries';
import { formatRoute, parseRoute, type Route } from './route';
import { SearchBox } from './search';
import { TopicsView } from './topics';
import type { GraphChange } from './types';

let route = parseRoute(location.hash);
let lastNetworkHash = route.view === 'network' ? formatRoute(route) : '#';
let matrixLoaded = false;

const navigate = (next: Partial<Route>) => {
  const hash = formatRoute({ ...route, ...next });
  if (hash === (location.hash || '#')) void apply(parseRoute(hash), true);
  else location.hash = hash;
};
const openActor = (id: string) => navigate({ view: 'network', actorId: id, topicId: null });
const openTopic = (id: string) => navigate({ view: 'topics', topicId: id || null });

const details = new DetailsPanel(byId('details'), { openActor, openTopic });
const network = new NetworkPage(details, {
  selectRelation: (id) => void network.select({ kind: 'relation', id }),
  openTopic,
});
const topics = new TopicsView(byId('topic-card'), byId('matrix'), {
  openActor,
  openTopic,
  showStances: (title, stances) => details.stances(title, stances),
});

/**
 * The dashboard and its chart library load when first shown: the other views never wait for them,
 * and keep working should they fail to start.
 */
let dashboard: Promise<DashboardPage> | null = null;
function openDashboard(): Promise<DashboardPage> {
  dashboard ??= import('./dashboard/dashboardPage').then(
    ({ DashboardPage }) => new DashboardPage(byId('dashboard'), { openActor }),
  );
  return dashboard;
}
async function showDashboard(): Promise<void> {
  try {
    await (await openDashboard()).shown();
  } catch (err) {
    dashboard = null;
    fill(
      byId('dashboard'),
      h('p', { class: 'error' }, `Could not start the dashboard. ${String(err)}`),
    );
  }
}

const filters = new Filters(byId('filters'), (state) => navigate(state));
byId('legend').append(legend());
new SearchBox(
  byId<HTMLFormElement>('search-form'),
  byId<HTMLInputElement>('search-input'),
  byId('search-results'),
  byId('search-status'),
  {
    openActor,
    openTopic,
    openRelation: (actorId, relationId) => {
      openActor(actorId);
      void network.select({ kind: 'relation', id: relationId });
    },
  },
);
details.empty();

async function loadMatrix(): Promise<void> {
  try {
    await topics.loadMatrix();
    matrixLoaded = true;
  } catch (err) {
    fill(
      byId('matrix'),
      h('p', { class: 'error' }, `Could not load the topics. ${describeError(err)}`),
    );
  }
}

async function showSuggestions(): Promise<void> {
  try {
    const { rankings } = await request(SUGGESTIONS);
    fill(
      byId('suggestions'),
      h('p', {}, 'Or start with one of the most connected actors:'),
      h(
        'ul',
        { class: 'chips' },
        rankings.map((r) =>
          h(
            'li',
            {},
            button(r.actor.name, () => openActor(r.actor.id)),
          ),
        ),
      ),
    );
  } catch {
    // Suggestions are a convenience; the search box still works without them.
  }
}

/** Shows what `next` asks for; `force` reloads even what is already shown. */
async function apply(next: Route, force = false): Promise<void> {
  const previous = route;
  route = next;
  const onNetwork = next.view === 'network';
  byId('network-view').hidden = !onNetwork;
  byId('topics-view').hidden = next.view !== 'topics';
  byId('dashboard-view').hidden = next.view !== 'dashboard';
  // The dashboard's panels have nothing to show in the details panel, and want the width.
  byId('details').hidden = next.view === 'dashboard';
  if (onNetwork) lastNetworkHash = formatRoute(next);
  markNav(next.view);
  if (next.view === 'dashboard') {
    await showDashboard();
    if (!force && previous.view !== 'dashboard') byId('dashboard-heading').focus();
    return;
  }
  if (onNetwork) {
    filters.set(next);
    network.shown();
    const changed =
      force ||
      next.actorId !== network.current?.center.id ||
      next.depth !== previous.depth ||
      String(next.types) !== String(previous.types);
    if (next.actorId && changed) await network.open(next.actorId, filters.state);
    return;
  }
  if (!matrixLoaded) await loadMatrix();
  try {
    await topics.openTopic(next.topicId);
  } catch (err) {
    details.error(`Could not open the topic. ${describeError(err)}`);
  }
  // Take the reader to what opened: the topic's card, or the grid when the view was switched to.
  if (force) return;
  if (next.topicId && next.topicId !== previous.topicId) {
    document.getElementById('topic-card-heading')?.focus();
  } else if (previous.view !== 'topics') byId('topics-heading').focus();
}

/** The view switch: which view is current, and the network link returning to the last network. */
function markNav(view: Route['view']): void {
  byId('nav-network').setAttribute('href', lastNetworkHash);
  for (const each of ['network', 'topics', 'dashboard'] as const) {
    const link = byId(`nav-${each}`);
    if (each === view) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

/** Reloads what is shown, after a live change or once the API answers again. */
async function refresh(): Promise<void> {
  if (route.view === 'dashboard') return (await openDashboard()).refresh();
  if (network.current) {
    await network.open(network.current.center.id, filters.state, true);
  } else if (route.actorId && route.view === 'network') {
    await network.open(route.actorId, filters.state);
  }
  if (matrixLoaded || route.view === 'topics')
    await topics.refresh().then(
      () => (matrixLoaded = true),
      () => undefined,
    );
}

function touchesView(change: GraphChange): boolean {
  // Every panel of the dashboard counts across the whole graph.
  if (route.view === 'dashboard') return true;
  const shown = new Set(network.current?.actors.map((a) => a.id));
  switch (change.kind) {
    case 'RELATION_ASSERTED':
    case 'RELATION_RETRACTED':
      return (
        !!change.relation &&
        (shown.has(change.relation.source.id) || shown.has(change.relation.target.id))
      );
    case 'STANCE_ASSERTED':
    case 'STANCE_RETRACTED':
      return matrixLoaded || (!!change.stance && shown.has(change.stance.actor.id));
    case 'ACTOR_UPSERTED':
      return !!change.actor && shown.has(change.actor.id);
    case 'LOADED':
      return true;
    default:
      return false;
  }
}

const announce = byId('announce');
async function onChange(change: GraphChange): Promise<void> {
  if (!touchesView(change)) return;
  await refresh();
  announce.textContent = `Updated: ${change.kind.toLowerCase().replace(/_/g, ' ')}.`;
}

const connection = new Connection(byId('banner'), byId('live'), () => void refresh());
subscribeToChanges(
  (change) => void onChange(change),
  (state) => connection.live(state),
);

window.addEventListener('hashchange', () => void apply(parseRoute(location.hash)));
void showSuggestions();
void apply(route, true);
