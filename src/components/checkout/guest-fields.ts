import { html, nothing, type TemplateResult } from 'lit';
import type { GuestField, GuestProblem } from './guest.js';
import type { CheckoutTexts } from './i18n/catalog.js';

/** What the guest's details need to render. */
export interface GuestFieldsOptions {
  t: CheckoutTexts;
  /** A phone package asks for the number the expert calls. */
  needsPhone: boolean;
  values: Readonly<Record<GuestField, string>>;
  problems: Partial<Record<GuestField, GuestProblem>>;
  disabled: boolean;
  onInput: (name: GuestField, value: string) => void;
}

/** The guest's name, e-mail and (for a phone package) phone number, each with its help and error tied to it. */
export function renderGuestFields({ t, needsPhone, values, problems, disabled, onInput }: GuestFieldsOptions): TemplateResult {
  const field = (name: GuestField, label: string, type: 'text' | 'email' | 'tel', autocomplete: 'name' | 'email' | 'tel', help?: string) => {
    const problem = problems[name];
    const describedBy = [help ? `${name}-help` : '', problem ? `${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field">
      <label for=${name}>${label}</label>
      <input
        part="field"
        id=${name}
        name=${name}
        type=${type}
        autocomplete=${autocomplete}
        .value=${values[name]}
        aria-invalid=${problem ? 'true' : 'false'}
        aria-describedby=${describedBy || nothing}
        ?disabled=${disabled}
        @input=${(event: Event) => onInput(name, (event.target as HTMLInputElement).value)}
      />
      ${help ? html`<p class="help" id=${`${name}-help`}>${help}</p>` : nothing}
      ${problem ? html`<p class="field-error" id=${`${name}-error`}>${t[problem]}</p>` : nothing}
    </div>`;
  };
  return html`<fieldset class="fieldset">
    <legend>${t.guestLegend}</legend>
    ${field('name', t.nameLabel, 'text', 'name')} ${field('email', t.emailLabel, 'email', 'email')}
    ${needsPhone ? field('phone', t.phoneLabel, 'tel', 'tel', t.phoneHelp) : nothing}
  </fieldset>`;
}
