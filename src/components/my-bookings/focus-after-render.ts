import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Moves focus after a render to where an action leaves the user (a heading, the button that
 * opened a closed step, what a change said), so that it never falls to the page's body when the
 * element it was on goes away. The first of the wanted selectors found wins; until one is found
 * (the place may come with a later render, after a reload) the wish is kept, unless `given up`.
 */
export class FocusAfterRender implements ReactiveController {
  private wanted: readonly string[] | undefined;

  /** `root`: where to look; `givenUp`: whether the place will not come any more (the load failed). */
  constructor(
    host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
    private readonly givenUp: () => boolean,
  ) {
    host.addController(this);
  }

  /** Focus goes, after the next render that has one of them, to the first of `selectors` found. */
  next(...selectors: string[]): void {
    this.wanted = selectors;
  }

  hostUpdated(): void {
    const target = this.wanted?.map((selector) => this.root().querySelector<HTMLElement>(selector)).find(Boolean);
    target?.focus();
    if (target || this.givenUp()) this.wanted = undefined;
  }
}
