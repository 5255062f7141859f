import { property, state } from 'lit/decorators.js';
import { ContextProvider, consume } from '@lit/context';
import type { PropertyValues } from 'lit';
import type { ApptClient } from '../../client/index.js';
import { clientContext } from '../../context/client.js';
import { customerContext } from '../../context/customer.js';
import { ApptElement } from '../base/appt-element.js';
import { clientFromAttributes } from '../base/own-client.js';
import { CustomerSession, type CustomerTokenProvider } from '../../context/customer-session.js';
import { pageSession } from './page-session.js';

/**
 * The base of the elements that act for a customer (checkout, my bookings, credits, sign-in):
 * a client and a {@link CustomerSession}, each provided by an ancestor (`<appt-booking>`) or
 * built from the element's own `api`, `key`, `customer-token` and `getCustomerToken`. Both are
 * provided in turn to the elements inside it (a sign-in in the checkout, a call in my bookings).
 * An element's own session is the page's shared one for its `api` (see `page-session.ts`): one
 * sign-in serves every element of the page, and lasts for the tab.
 */
export abstract class CustomerElement extends ApptElement {
  /** The tag this element is registered under, for error messages. */
  protected abstract readonly tag: string;

  /** Base URL of the tenant API, without `/v1`; with `key`, the element builds its own client. */
  @property({ reflect: true }) api = '';

  /** The publishable key (`pk_…`); with `api`, the element builds its own client. */
  @property({ reflect: true }) key = '';

  /**
   * The signed-in customer's token, minted by the host site's backend with the admin key
   * (`POST /v1/admin/customer-tokens`). It signs in every element of the page with the same `api`,
   * for the tab (sessionStorage, never localStorage); clearing it signs them out.
   */
  @property({ attribute: 'customer-token' }) customerToken = '';

  /**
   * Asked for a customer token when there is none or the server refused the last one (it
   * expired): return a fresh one from the host's backend, or `undefined` when signed out.
   */
  @property({ attribute: false }) getCustomerToken: CustomerTokenProvider | undefined;

  /** Color scheme: `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Language of the element's texts and formats; falls back to context, ancestors and the browser. */
  @property({ reflect: true }) override lang!: string;

  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient: ApptClient | undefined;

  @consume({ context: customerContext, subscribe: true })
  @state()
  private providedSession: CustomerSession | undefined;

  @state() private ownClient: ApptClient | Error | undefined;

  /** The session of an element without `api` (one inside a provider, or not set up yet). */
  private readonly privateSession = new CustomerSession();
  private readonly childClient = new ContextProvider(this, { context: clientContext });
  private readonly childSession = new ContextProvider(this, { context: customerContext });
  private watched: CustomerSession | undefined;
  private readonly onSessionChange = () => this.requestUpdate();

  /** The client to use: provided, own, an error naming the attribute at fault, or none yet. */
  protected get client(): ApptClient | Error | undefined {
    return this.providedClient ?? this.ownClient;
  }

  /** The element's own session: the page's shared one for its `api`, else a private one. */
  private get ownSession(): CustomerSession {
    return this.api.trim() ? pageSession(this.api.trim()) : this.privateSession;
  }

  /** The customer session in effect: the provided one, else the element's own. */
  protected get session(): CustomerSession {
    return this.providedSession ?? this.ownSession;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The host's token and provider go to the shared session; an element that never had one
    // leaves the others' sign-in alone, and taking one back signs the page out.
    if (changed.has('customerToken') || changed.has('api')) {
      if (this.customerToken) this.ownSession.set(this.customerToken);
      else if (changed.get('customerToken')) this.ownSession.set(undefined);
    }
    if ((changed.has('getCustomerToken') || changed.has('api')) && (this.getCustomerToken || changed.get('getCustomerToken'))) {
      this.ownSession.provider = this.getCustomerToken;
    }
    if (changed.has('api') || changed.has('key')) {
      // Through the session in effect, so an own client inside a provided session still signs in.
      this.ownClient = clientFromAttributes(this.tag, this.api, this.key, () => this.session.current());
    }
    this.watch(this.session);
    const client = this.client;
    this.childClient.setValue(client instanceof Error ? undefined : client);
    this.childSession.setValue(this.session);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.watch(this.session);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.watch(undefined);
  }

  private watch(session: CustomerSession | undefined): void {
    if (session === this.watched) return;
    this.watched?.removeEventListener('change', this.onSessionChange);
    session?.addEventListener('change', this.onSessionChange);
    this.watched = session;
  }
}
