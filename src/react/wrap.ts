import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';

/** The events a wrapper listens to: callback prop (`onApptPackageSelect`) → typed event name. */
export type EventProps = Record<string, EventName>;

/** An apptkit element: each has a publishable `key`, a prop name React keeps for itself. */
type KeyedElement = HTMLElement & { key: string };

/** The element's own properties (those HTML elements do not have), each optional; `key` is `publishableKey`. */
type ElementProps<I extends KeyedElement> = Partial<Omit<I, keyof HTMLElement | 'key'>>;

/** Each event of `E` as an optional callback receiving the typed event. */
type EventCallbacks<E extends EventProps> = { [P in keyof E]?: (event: E[P]['__eventType']) => void };

/**
 * The props of a wrapper: the element's properties (set as properties, so objects and functions
 * such as `package`, `value` or `now` pass as they are), the usual HTML props (`className`,
 * `style`, `children`, `slot`…), each event as an `on…` callback receiving the typed event, and
 * `publishableKey` for the element's `key`. The same as `@lit/react`'s, with `publishableKey`.
 */
export type ApptComponentProps<I extends KeyedElement, E extends EventProps> = Omit<
  React.HTMLAttributes<I>,
  keyof E | keyof ElementProps<I>
> &
  EventCallbacks<E> &
  ElementProps<I> & {
    /** The publishable key (`pk_…`), set as the element's `key`: React reserves the `key` prop for itself. */
    publishableKey?: string;
  };

/** A React component rendering one apptkit element; its `ref` is the element. */
export type ApptComponent<I extends KeyedElement, E extends EventProps> = React.ForwardRefExoticComponent<
  ApptComponentProps<I, E> & React.RefAttributes<I>
>;

interface WrapOptions<I extends KeyedElement, E extends EventProps> {
  tagName: string;
  elementClass: new () => I;
  events: E;
  displayName: string;
}

/** Props as the wrapper handles them inside: any prop, and the element's ref. */
type LooseProps = { publishableKey?: string; [prop: string]: unknown };

/**
 * Wraps the element registered as `tagName` with `@lit/react`, and maps `publishableKey` to the
 * element's `key`. The key is set in a layout effect, after `@lit/react` has set the other props
 * (a child's layout effects run first) and before the element's first update (a microtask), so
 * the element builds its client once, from `api` and the key together.
 */
export function wrap<I extends KeyedElement, E extends EventProps>({
  tagName,
  elementClass,
  events,
  displayName,
}: WrapOptions<I, E>): ApptComponent<I, E> {
  // Inside, the props are a plain record (TypeScript cannot follow generic props through a rest
  // spread); outside, the component has its precise type, ApptComponent, which is @lit/react's
  // props with `publishableKey` for `key`.
  const Element = createComponent({ react: React, tagName, elementClass, events, displayName: tagName }) as unknown as React.ComponentType<
    LooseProps & React.RefAttributes<KeyedElement>
  >;
  const Component = React.forwardRef<KeyedElement, LooseProps>(({ publishableKey, ...props }, ref) => {
    const element = React.useRef<KeyedElement | null>(null);
    const keyWasSet = React.useRef(false);
    const setElement = React.useCallback(
      (node: KeyedElement | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    React.useLayoutEffect(() => {
      const node = element.current;
      if (!node) return;
      // Removing the prop clears the key, as removing the attribute would.
      if (typeof publishableKey === 'string') node.key = publishableKey;
      else if (keyWasSet.current) node.key = '';
      keyWasSet.current = typeof publishableKey === 'string';
    });
    return React.createElement(Element, { ...props, ref: setElement });
  });
  Component.displayName = displayName;
  return Component as unknown as ApptComponent<I, E>;
}
