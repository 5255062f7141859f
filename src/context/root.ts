import { ContextRoot } from '@lit/context';

const attached = new WeakSet<Node>();

/**
 * Attaches a `ContextRoot` at `target` (the document element by default) once, so that an
 * element whose context provider is upgraded later (its definition loads after the consumer
 * asked) still receives the value: the root replays unanswered requests when a provider
 * appears. Called by the registration modules; safe to call again.
 */
export function attachContextRoot(target: HTMLElement = document.documentElement): void {
  if (attached.has(target)) return;
  attached.add(target);
  new ContextRoot().attach(target);
}
