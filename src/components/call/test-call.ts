/**
 * The call frame of the reference server's offline test provider (`provider: "test"`): no audio,
 * no video, no network, just a panel that says so. It lets the demo and end-to-end tests run the
 * whole call flow (join, countdown, time up, end) on a machine that cannot reach Daily.
 */
import type { DailyEvent, DailyEventObject } from '@daily-co/daily-js';
import type { CallFrame, CallFrameFactory } from './daily.js';

type Handler = (event: never) => void;

/** A {@link CallFrameFactory} whose frames only show a "test mode" panel in `parentElement`. */
export const createTestCallFrame: CallFrameFactory = (parentElement, properties) => {
  const handlers = new Map<DailyEvent, Set<Handler>>();
  const panel = document.createElement('div');
  // Decorative: the element itself says, in the page's language, that this is test mode.
  panel.setAttribute('aria-hidden', 'true');
  panel.dataset.apptTestCall = properties.url ?? '';
  panel.textContent = '◉ ◉';
  let joined = false;

  const emit = (action: 'joined-meeting' | 'left-meeting'): void => {
    const event = { action, callClientId: 'apptkit-test' } as unknown as never;
    for (const handler of handlers.get(action) ?? []) handler(event);
  };

  const frame: CallFrame = {
    join: async () => {
      parentElement.append(panel);
      joined = true;
      emit('joined-meeting');
    },
    leave: async () => {
      if (!joined) return;
      joined = false;
      emit('left-meeting');
    },
    destroy: async () => {
      panel.remove();
      handlers.clear();
    },
    on<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void) {
      const set = handlers.get(event) ?? new Set<Handler>();
      set.add(handler as Handler);
      handlers.set(event, set);
    },
    off<T extends DailyEvent>(event: T, handler: (event: DailyEventObject<T>) => void) {
      handlers.get(event)?.delete(handler as Handler);
    },
  };
  return frame;
};
