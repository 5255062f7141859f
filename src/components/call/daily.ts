/**
 * The port between `<appt-call>` and Daily (`@daily-co/daily-js`): the few call methods the
 * element uses, typed from daily-js's own declarations, and a loader that imports daily-js only
 * when someone joins a call. A change of daily-js's signatures breaks compilation here, not at
 * run time in a client's browser.
 *
 * Tests (and hosts with their own video stack) give the element a `callFactory` typed as
 * {@link CallFrameFactory}; nothing here is global state but the loader's cached promise.
 */
import type { DailyCall, DailyCallFactory, DailyEvent, DailyEventObject, DailyFactoryOptions } from '@daily-co/daily-js';

/** The options the element creates a call frame with: daily-js's own factory options. */
export type CallFrameOptions = DailyFactoryOptions;

/** The events the element listens to, with daily-js's own payloads. */
export type CallFrameEvent<T extends DailyEvent> = DailyEventObject<T>;

/**
 * The part of a Daily call frame (`DailyCall`) the element uses. The methods are daily-js's own;
 * `on` and `off` keep daily-js's event names and payloads but need not return the call.
 */
export interface CallFrame {
  join: DailyCall['join'];
  leave: DailyCall['leave'];
  destroy: DailyCall['destroy'];
  on<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): unknown;
  off<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void): unknown;
}

/**
 * Creates a call frame inside `parentElement`, like daily-js's `createFrame(parentElement,
 * properties)`: Daily Prebuilt in an iframe, joined with `join()`.
 */
export type CallFrameFactory = (parentElement: HTMLElement, properties: CallFrameOptions) => CallFrame;

/** daily-js's factory adapted to the port; checks at compile time that daily-js still fits it. */
function fromDaily(daily: DailyCallFactory): CallFrameFactory {
  return (parentElement, properties) => daily.createFrame(parentElement, properties);
}

/** daily-js's UMD build, if the page loaded it already (`window.Daily`). */
function existingDaily(): DailyCallFactory | undefined {
  const candidate = (globalThis as { Daily?: Partial<DailyCallFactory> }).Daily;
  return typeof candidate?.createFrame === 'function' ? (candidate as DailyCallFactory) : undefined;
}

let loading: Promise<CallFrameFactory> | undefined;

/**
 * The call frame factory of daily-js, imported on first use (its own lazy chunk in the CDN build):
 * one cached promise for the page, a daily-js the page already loaded is reused, and a failed
 * import rejects with the reason as `cause` and is tried again on the next call. Does nothing
 * at import time.
 */
export function loadDaily(): Promise<CallFrameFactory> {
  const existing = existingDaily();
  if (existing) return Promise.resolve(fromDaily(existing));
  return (loading ??= import('@daily-co/daily-js').then(
    (module) => fromDaily(module.default),
    (cause: unknown) => {
      loading = undefined;
      throw new Error('apptkit: the call software (daily-js) could not be loaded.', { cause });
    },
  ));
}
