import { LitElement } from 'lit';
import { registerTokenProperties } from '../../styles/properties.js';

/**
 * The tiny base of every apptkit element: a typed `emit()` and an idempotent `define()`, and
 * the page-wide typing of the private style tokens when the first element connects (so an
 * invalid theme value falls back; see `styles/properties.ts`). Nothing else lives here, so each
 * element stays readable on its own.
 */
export class ApptElement extends LitElement {
  /**
   * Registers `this` under `tag` unless that tag is already defined, so that two copies of the
   * widget on one page (a CDN script and an npm bundle, say) never throw.
   */
  static define(tag: string, registry: CustomElementRegistry = customElements): void {
    if (!registry.get(tag)) registry.define(tag, this);
  }

  override connectedCallback(): void {
    registerTokenProperties();
    super.connectedCallback();
  }

  /** Dispatches a typed event from this element and returns `false` when it was cancelled. */
  protected emit<E extends Event>(event: E): boolean {
    return this.dispatchEvent(event);
  }
}
