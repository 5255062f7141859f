import { html, nothing, type TemplateResult } from 'lit';
import type { AppointmentPackage } from '../../core/package.js';
import type { CheckoutTexts } from './i18n/catalog.js';

/** What the checkout needs of a package to say where its sessions happen. */
export type PackagePlace = Pick<AppointmentPackage, 'appointmentType' | 'location'>;

/**
 * Whether the sessions are calls, so that call links belong to them: an online package, or one
 * the checkout does not know (the server decides when someone joins); never a face-to-face meeting.
 */
export function isCall(pkg: PackagePlace | undefined): boolean {
  return pkg?.appointmentType !== 'face_to_face';
}

/**
 * Where a face-to-face meeting is (part `location`): the package's address under a label, as the
 * expert wrote it (plain text, its line breaks kept, isolated in its own direction, so a Latin
 * address reads right on an Arabic page, aligned like the rest); without an address, that it is
 * in person. Nothing for a call.
 */
export function renderPlace(pkg: PackagePlace | undefined, t: CheckoutTexts): TemplateResult | typeof nothing {
  if (!pkg || isCall(pkg)) return nothing;
  return pkg.location
    ? html`<dl part="location" class="place">
        <dt>${t.addressLabel}</dt>
        <dd><bdi>${pkg.location}</bdi></dd>
      </dl>`
    : html`<p part="location" class="place">${t.places.in_person}</p>`;
}
