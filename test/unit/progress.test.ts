/**
 * Progress of long CLI operations (src/progress.ts): nothing for small jobs,
 * plain timed lines when stderr is not a terminal, a bar when it is. The
 * streams are fakes that keep what is written; plain lines run on a fake clock.
 */
import { Writable } from 'node:stream';
import { PROGRESS_THRESHOLD, startProgress } from '../../src/progress';

/** A stream that keeps what is written to it; `isTTY` says whether it poses as a terminal. */
class FakeStream extends Writable {
  readonly chunks: string[] = [];
  readonly columns = 120;
  constructor(readonly isTTY: boolean) {
    super();
  }
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, done: () => void): void {
    this.chunks.push(chunk.toString());
    done();
  }
  get text(): string {
    return this.chunks.join('');
  }
  /** What startProgress takes: a stderr-like stream. */
  asWriteStream(): NodeJS.WriteStream {
    return this as unknown as NodeJS.WriteStream;
  }
}

/** A clock that moves only when told to. */
function fakeClock(start = 1_000_000) {
  let now = start;
  return { now: () => now, tick: (ms: number) => void (now += ms) };
}

describe('below the threshold', () => {
  it.each([false, true])('shows nothing (terminal: %s)', (isTTY) => {
    const stream = new FakeStream(isTTY);
    const progress = startProgress('writing documents', PROGRESS_THRESHOLD - 1, {
      stream: stream.asWriteStream(),
    });
    progress.advance(PROGRESS_THRESHOLD - 1);
    progress.stop();
    expect(stream.chunks).toEqual([]);
  });

  it('takes its threshold from the options', () => {
    const stream = new FakeStream(false);
    const progress = startProgress('rows', 50, { stream: stream.asWriteStream(), threshold: 10 });
    progress.stop();
    expect(stream.text).toBe('stancegraph: rows 0/50 (0%)\n');
  });
});

describe('when the stream is not a terminal', () => {
  it('writes a plain line at most every two seconds, and a last one when stopped', () => {
    const stream = new FakeStream(false);
    const clock = fakeClock();
    const progress = startProgress('writing documents', 4000, {
      stream: stream.asWriteStream(),
      now: clock.now,
    });
    progress.advance(500);
    clock.tick(1999);
    progress.advance(500);
    expect(stream.chunks).toEqual([]); // under two seconds since the start

    clock.tick(1);
    progress.advance(); // two seconds: a line
    clock.tick(500);
    progress.advance(999); // too soon for another
    clock.tick(2000);
    progress.advance(1000);
    progress.stop();

    expect(stream.chunks).toEqual([
      'stancegraph: writing documents 1001/4000 (25%)\n',
      'stancegraph: writing documents 3000/4000 (75%)\n',
      'stancegraph: writing documents 3000/4000 (75%)\n',
    ]);
  });

  it('never counts past the total, writes its last line once and ignores advances after it', () => {
    const stream = new FakeStream(false);
    const clock = fakeClock();
    const progress = startProgress('items', 3000, {
      stream: stream.asWriteStream(),
      now: clock.now,
    });
    progress.advance(5000);
    progress.stop();
    progress.stop();
    clock.tick(10_000);
    progress.advance(10);
    expect(stream.chunks).toEqual(['stancegraph: items 3000/3000 (100%)\n']);
  });
});

describe('on a terminal', () => {
  it('draws a bar with the label, the count and the percentage, and stops it', () => {
    const stream = new FakeStream(true);
    const progress = startProgress('writing documents', 5000, { stream: stream.asWriteStream() });
    progress.advance(2500);
    progress.stop();
    progress.advance(100); // after stop: ignored
    progress.stop();

    const text = stream.text;
    expect(text).toContain('stancegraph: writing documents [');
    expect(text).toContain('0/5000 0%');
    expect(text).toContain('2500/5000 50%');
    expect(text).not.toContain('2600/5000');
    // The cursor is hidden while the bar runs and shown again after it.
    expect(text.indexOf('\x1B[?25l')).toBeLessThan(text.lastIndexOf('\x1B[?25h'));
    // No plain lines on a terminal.
    expect(text).not.toMatch(/writing documents \d+\/5000 \(\d+%\)/);
  });
});
