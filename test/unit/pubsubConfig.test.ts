/** STANCEGRAPH_PUBSUB: which broker the replicas share (src/config.ts). */
import { ConfigError, readConfig } from '../../src/config';

it.each([
  [undefined, undefined],
  ['memory', undefined],
  ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
  ['rediss://cache.example:6380/2', 'rediss://cache.example:6380/2'],
])('STANCEGRAPH_PUBSUB=%p gives the broker %p', (value, url) => {
  expect(readConfig(value === undefined ? {} : { STANCEGRAPH_PUBSUB: value }).pubsubUrl).toBe(url);
});

it.each(['nats://127.0.0.1:4222', 'redis://', 'localhost:6379'])(
  'refuses STANCEGRAPH_PUBSUB=%p, saying what to write',
  (value) => {
    expect(() => readConfig({ STANCEGRAPH_PUBSUB: value })).toThrow(ConfigError);
    expect(() => readConfig({ STANCEGRAPH_PUBSUB: value })).toThrow(
      /STANCEGRAPH_PUBSUB: write redis:\/\/host:port/,
    );
  },
);
