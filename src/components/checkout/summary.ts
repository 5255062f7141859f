import { html, nothing, type TemplateResult } from 'lit';
import type { Hold } from '../../client/index.js';
import type { AppointmentPackage } from '../../core/package.js';
import type { CheckoutTexts } from './i18n/catalog.js';
import type { SessionFormat } from './session-format.js';

/** The package and the held times in the viewer's zone, naming the zone, and how many sessions are booked later. */
export function renderSummary(pkg: AppointmentPackage, slots: Hold['slots'], t: CheckoutTexts, format: SessionFormat): TemplateResult {
  const later = pkg.sessions - slots.length;
  return html`<div part="summary" class="summary">
    <h2 class="title">${pkg.title}</h2>
    <h3 class="subtitle">${t.yourTimes}</h3>
    ${slots.length
      ? html`<ol class="times">
          ${slots.map((slot) => html`<li>${format.range(slot.start, slot.end)}</li>`)}
        </ol>`
      : html`<p class="muted">${t.noTimesChosen}</p>`}
    <p class="muted small">${t.timesInZone(format.zoneName(slots[0]?.start ?? new Date().toISOString()))}</p>
    ${slots.length && later > 0 ? html`<p class="muted small">${t.sessionsLater(later)}</p>` : nothing}
  </div>`;
}
