import type { AppointmentPackage } from '../core/package.js';

/**
 * Fired by `<appt-packages>` when the user chooses a package (click, Enter or Space on its
 * button). Bubbles and crosses shadow roots, so a host page can listen anywhere above it.
 *
 * @example el.addEventListener('appt-package-select', (e) => book(e.package.id));
 */
export class ApptPackageSelectEvent extends Event {
  /** The event's type string. */
  static readonly type = 'appt-package-select' as const;

  /** The chosen package, exactly as the server returned it. */
  readonly package: AppointmentPackage;

  constructor(pkg: AppointmentPackage) {
    super(ApptPackageSelectEvent.type, { bubbles: true, composed: true });
    this.package = pkg;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'appt-package-select': ApptPackageSelectEvent;
  }
}
