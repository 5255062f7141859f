/** The picker's chosen times: how many of the package's sessions, each with its remove button, and a hint. */
import { html, nothing, type TemplateResult } from 'lit';
import type { Slot } from '../../core/slots/types.js';
import type { SlotPickerTexts } from './i18n/catalog.js';
import type { SlotFormats } from './formats.js';

/** The chosen times, the package's sessions (once known), and the remove action. */
export interface SelectionView {
  t: SlotPickerTexts;
  f: SlotFormats;
  value: readonly Slot[];
  /** How many sessions the package has, once known. */
  total: number | undefined;
  remove: (slot: Slot) => void;
}

/** The selection section. */
export function selectionView(v: SelectionView): TemplateResult {
  const { t, f, value, total } = v;
  const count = value.length;
  const hint = count === 0 ? t.noneChosen : total !== undefined && count >= total ? t.allChosen : t.bookRestLater;
  return html`<section part="selection" class="selection" aria-labelledby="selection-heading">
    <div class="selection-header">
      <h3 class="selection-heading" id="selection-heading" tabindex="-1">${t.selectionLabel}</h3>
      <p part="selection-count" class="selection-count" role="status">${total === undefined ? '' : t.chosenCount(count, total)}</p>
    </div>
    ${count
      ? html`<ul class="chosen" role="list">
          ${value.map((slot) => {
            const label = f.range(slot);
            return html`<li part="selection-item" class="chosen-item">
              <span>${label}</span>
              <button part="remove-button" class="remove" type="button" aria-label=${t.removeTime(label)} @click=${() => v.remove(slot)}>
                <span aria-hidden="true">×</span>
              </button>
            </li>`;
          })}
        </ul>`
      : nothing}
    <p class="hint">${hint}</p>
  </section>`;
}
