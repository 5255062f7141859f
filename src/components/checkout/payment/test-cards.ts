import { html, type TemplateResult } from 'lit';
import type { CheckoutTerms } from '../i18n/terms.js';
import { TEST_CARDS, type TestCard } from '../../payment/card-form.js';

/** The reference server's test mode: a clearly labelled choice of how the test card behaves. */
export function renderTestCards(options: {
  t: Pick<CheckoutTerms, 'testModeNotice' | 'testCards'>;
  chosen: TestCard;
  disabled: boolean;
  onChoose: (card: TestCard) => void;
}): TemplateResult {
  const { t, chosen, disabled, onChoose } = options;
  return html`<p class="test-mode">${t.testModeNotice}</p>
    <div class="choices">
      ${TEST_CARDS.map(
        (card) => html`<label class="choice">
          <input type="radio" name="test-card" .value=${card} .checked=${chosen === card} ?disabled=${disabled} @change=${() => onChoose(card)} />
          <span>${t.testCards[card]}</span>
        </label>`,
      )}
    </div>`;
}
