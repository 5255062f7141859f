/** The picker's time zone switcher, and the note naming the expert's zone when it differs. */
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import type { SlotPickerTexts } from './i18n/catalog.js';
import type { SlotFormats } from './formats.js';
import { zoneOptions } from './zone-list.js';
import { offsetsDiffer } from './slot-days.js';

/** What the zone switcher offers and where a switch goes. */
export interface ZoneView {
  t: SlotPickerTexts;
  f: SlotFormats;
  /** The zone the times are shown in. */
  shown: string;
  /** The zones offered first: the host's, the visitor's, the browser's, the expert's. */
  suggested: readonly string[];
  /** The expert's zone, once the month is loaded. */
  expertZone: string | undefined;
  nowMs: number;
  switchZone: (zone: string) => void;
}

/** The switcher, and the expert's zone when it is not the shown one. */
export function zoneView(v: ZoneView): TemplateResult {
  const { t, f, shown, suggested, expertZone } = v;
  const others = zoneOptions(f.locale, suggested).filter((option) => !suggested.includes(option.zone));
  return html`<div part="zone" class="zone">
    <label class="zone-label">
      <span>${t.timeZoneLabel}</span>
      <select part="zone-select" class="zone-select" @change=${(event: Event) => v.switchZone((event.target as HTMLSelectElement).value)}>
        <optgroup label=${t.suggestedTimeZones}>
          ${suggested.map((zone) => html`<option value=${zone} .selected=${live(zone === shown)}>${f.zoneName(zone)}</option>`)}
        </optgroup>
        <optgroup label=${t.allTimeZones}>${others.map((option) => html`<option value=${option.zone}>${option.label}</option>`)}</optgroup>
      </select>
    </label>
    ${expertZone && offsetsDiffer(expertZone, shown, v.nowMs)
      ? html`<p part="zone-note" class="zone-note">${t.expertTimeZone(f.zoneName(expertZone))}</p>`
      : nothing}
  </div>`;
}
