/**
 * Whether the API answers, shown to the reader: a banner when it does not
 * (checked again every few seconds until it does) and the state of live updates.
 */
import { onReachability, request, GRAPHQL_PATH } from './api';
import type { LiveState } from './live';
import { PING } from './queries';

const RETRY_MS = 3_000;

const LIVE_TEXT: Record<LiveState, string> = {
  connecting: 'Connecting…',
  connected: 'Live',
  closed: 'Live updates paused',
  unavailable: 'Live updates unavailable',
};

export class Connection {
  private unreachable = false;
  private timer: number | undefined;

  constructor(
    private readonly banner: HTMLElement,
    private readonly indicator: HTMLElement,
    /** Called when the API answers again after being unreachable. */
    private readonly onBack: () => void,
  ) {
    onReachability((reachable) => (reachable ? this.reachable() : this.down()));
  }

  live(state: LiveState): void {
    this.indicator.textContent = LIVE_TEXT[state];
    this.indicator.dataset.state = state;
    // A dropped WebSocket is the first sign of a server gone away: ask over HTTP.
    if (state === 'closed') void this.probe();
  }

  private async probe(): Promise<void> {
    try {
      await request(PING);
    } catch {
      // request() has reported the API unreachable (or it answered with an error, which is fine).
    }
  }

  private down(): void {
    if (!this.unreachable) {
      this.unreachable = true;
      // The banner is a live region that stays in the page, so setting its text is announced.
      this.banner.textContent = `API unreachable: the stancegraph server does not answer at ${location.origin}${GRAPHQL_PATH}. Is it running? Trying again every few seconds; what you see may be out of date.`;
    }
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => void this.probe(), RETRY_MS);
  }

  private reachable(): void {
    if (!this.unreachable) return;
    this.unreachable = false;
    window.clearTimeout(this.timer);
    this.banner.textContent = '';
    this.onBack();
  }
}
