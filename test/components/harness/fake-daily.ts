import type { DailyEvent, DailyEventObject } from '@daily-co/daily-js';
import type { CallFrame, CallFrameFactory, CallFrameOptions } from '../../../src/components/call/daily.js';
import { gate } from './fixtures.js';

type Handler = (event: never) => void;

/** One fake call frame: records what the element did, and lets the test fire daily-js events. */
export class FakeFrame implements CallFrame {
  readonly handlers = new Map<string, Set<Handler>>();
  joined = false;
  left = false;
  destroyed = false;

  constructor(
    private readonly owner: FakeDaily,
    readonly parent: HTMLElement,
    readonly options: CallFrameOptions,
  ) {}

  async join(): Promise<void> {
    await this.owner.joinGate?.promise;
    if (this.owner.joinError) throw this.owner.joinError;
    this.joined = true;
  }

  async leave(): Promise<void> {
    this.left = true;
  }

  async destroy(): Promise<void> {
    await this.owner.destroyGate?.promise;
    this.destroyed = true;
    this.owner.live--;
  }

  on<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): this {
    const set = this.handlers.get(event) ?? new Set<Handler>();
    set.add(handler as Handler);
    this.handlers.set(event, set);
    return this;
  }

  off<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): this {
    this.handlers.get(event)?.delete(handler as Handler);
    return this;
  }

  /** Fires a daily-js event with its own payload type at the element's handlers. */
  emit<T extends DailyEvent>(event: T, payload: Omit<DailyEventObject<T>, 'action' | 'callClientId'>): void {
    const full = { action: event, callClientId: 'fake', ...payload } as unknown as never;
    for (const handler of this.handlers.get(event) ?? []) handler(full);
  }

  /** How many handlers listen to `event`. */
  listeners(event: DailyEvent): number {
    return this.handlers.get(event)?.size ?? 0;
  }
}

/** A fake daily-js: counts the frames created and how many are alive at once. */
export class FakeDaily {
  readonly frames: FakeFrame[] = [];
  /** Frames created and not yet destroyed. */
  live = 0;
  /** The most frames ever alive at once. */
  maxLive = 0;
  /** When set, `destroy()` waits for it. */
  destroyGate: ReturnType<typeof gate> | undefined;
  /** When set, `join()` waits for it. */
  joinGate: ReturnType<typeof gate> | undefined;
  /** When set, `join()` rejects with it. */
  joinError: unknown;

  readonly factory: CallFrameFactory = (parent, options) => {
    const frame = new FakeFrame(this, parent, options);
    this.frames.push(frame);
    this.live++;
    this.maxLive = Math.max(this.maxLive, this.live);
    return frame;
  };

  /** The frame created last. */
  get last(): FakeFrame {
    const frame = this.frames.at(-1);
    if (!frame) throw new Error('no call frame was created');
    return frame;
  }
}
