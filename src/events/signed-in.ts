import type { Customer } from '../client/types.js';

/**
 * Fired by `<appt-sign-in>` (also from inside `<appt-my-bookings>`) when the visitor has signed in
 * with the one-time code. It carries who signed in, never their token: elements sharing the
 * customer session pick the token up themselves. Bubbles and crosses shadow roots.
 *
 * @example el.addEventListener('appt-signed-in', (e) => greet(e.customer.name));
 */
export class ApptSignedInEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-signed-in' as const;

  /** The signed-in customer: id, e-mail, name and credits balance. */
  readonly customer: Readonly<Customer>;

  constructor(customer: Customer) {
    super(ApptSignedInEvent.type, { bubbles: true, composed: true });
    const { id, email, name, credits } = customer;
    this.customer = Object.freeze({ id, email, name, credits });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-signed-in': ApptSignedInEvent;
  }
}
