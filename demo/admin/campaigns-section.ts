/**
 * Marketing › Campaigns: every campaign, latest start first, with its type in words, its start
 * and end in the admin's zone, whether it runs, and what it gives; Edit and End now on each.
 */
import { formatMoney } from '../../src/core/money.js';
import { campaignFormFields, isVersionConflict, type AdminClient, type Campaign } from '../../src/admin/index.js';
import { byId, h } from './dom.js';
import { clearAlert, describeError, say, showAlert } from './feedback.js';
import { focusHeading } from './form-kit.js';
import { formatInstant, formatSpan, LOCAL_ZONE } from './format.js';

/** The campaigns list's entry point for the dashboard. */
export interface CampaignsSection {
  /** Loads the first page for `admin` and focuses the heading. */
  show(admin: AdminClient): void;
}

/** Where a campaign stands at `now`: running, not started yet, or over (ended or deactivated). */
export type CampaignState = 'running' | 'scheduled' | 'ended';

/** The state of `campaign` at `now` (epoch ms). */
export function campaignState(campaign: Campaign, now: number): CampaignState {
  if (!campaign.active || now >= Date.parse(campaign.endsAt)) return 'ended';
  return now < Date.parse(campaign.startsAt) ? 'scheduled' : 'running';
}

const STATE_WORDS: Record<CampaignState, string> = { running: 'Running', scheduled: 'Scheduled', ended: 'Ended' };

/** The campaign type in the admin's words ("Discount on selected credit packages"). */
export function campaignTypeWords(type: Campaign['type']): string {
  return campaignFormFields('en')[0]?.options?.find((option) => option.value === type)?.label ?? type;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What a campaign gives, e.g. "20 % off all credit packages", "€5.00 off 2 credit packages", "10 gift credits". */
export function campaignOffer(campaign: Campaign): string {
  switch (campaign.type) {
    case 'gift_new_members':
      return `${plural(campaign.giftCredits, 'gift credit', 'gift credits')} to each new member`;
    case 'gift_first_verification':
      return `${plural(campaign.giftCredits, 'gift credit', 'gift credits')} on the first verified e-mail`;
    case 'discount_all_credit_packages':
      return `${campaign.percentOff} % off all credit packages`;
    case 'discount_selected_credit_packages': {
      const off = campaign.amountOff !== undefined && campaign.currency ? formatMoney(campaign.amountOff, campaign.currency, 'en') : `${campaign.percentOff ?? 0} %`;
      return `${off} off ${plural(campaign.creditPackageIds.length, 'credit package', 'credit packages')}`;
    }
  }
}

/** Creates the list over the page's `#campaign*` elements. */
export function createCampaignsSection(): CampaignsSection {
  const ui = {
    title: byId<HTMLHeadingElement>('campaigns-title'),
    zone: byId<HTMLParagraphElement>('campaigns-zone'),
    rows: byId<HTMLUListElement>('campaign-rows'),
    more: byId<HTMLButtonElement>('campaigns-more'),
  };
  ui.zone.textContent = `Times are in your time zone, ${LOCAL_ZONE}.`;
  let admin: AdminClient | undefined;
  let cursor: string | null = null;

  async function end(campaign: Campaign, button: HTMLButtonElement): Promise<void> {
    if (!admin || !window.confirm(`End the campaign "${campaign.title}" now? It stops applying at once.`)) return;
    clearAlert();
    button.disabled = true;
    try {
      const ended = await admin.campaigns.end(campaign.id, { version: campaign.version });
      await load(false);
      say(`Ended "${ended.title}".`);
      ui.rows.querySelector<HTMLElement>(`[data-campaign="${CSS.escape(ended.id)}"] a`)?.focus();
    } catch (error) {
      button.disabled = false;
      showAlert(describeError(error), isVersionConflict(error) ? { label: 'Reload', run: () => void load(false) } : undefined);
    }
  }

  function row(campaign: Campaign, now: number): HTMLLIElement {
    const state = campaignState(campaign, now);
    const actions = h(
      'div',
      { class: 'buttons' },
      h('a', { class: 'button secondary', href: `#/marketing/campaigns/edit/${encodeURIComponent(campaign.id)}`, 'aria-label': `Edit: ${campaign.title}` }, 'Edit'),
    );
    if (state !== 'ended') {
      const button = h('button', { type: 'button', class: 'danger', 'aria-label': `End now: ${campaign.title}` }, 'End now');
      button.addEventListener('click', () => void end(campaign, button));
      actions.append(button);
    }
    return h(
      'li',
      { class: 'record', 'data-campaign': campaign.id, 'data-state': state },
      h(
        'div',
        { class: 'record-body' },
        h('div', { class: 'record-title' }, h('strong', {}, campaign.title), h('span', { class: `badge ${state}` }, STATE_WORDS[state])),
        h('p', { class: 'offer' }, campaignOffer(campaign)),
        h('p', { class: 'meta' }, campaignTypeWords(campaign.type)),
        ...(campaign.type === 'gift_first_verification' && campaign.signedUpAfter ? [h('p', { class: 'meta' }, `Only for sign-ups after ${formatInstant(campaign.signedUpAfter)}`)] : []),
        h('p', { class: 'meta when' }, formatSpan(campaign.startsAt, campaign.endsAt)),
      ),
      actions,
    );
  }

  async function load(append: boolean): Promise<void> {
    if (!admin) return;
    try {
      const page = await admin.campaigns.list({ limit: 20, ...(append && cursor ? { cursor } : {}) });
      const now = Date.now();
      const rows = page.data.map((campaign) => row(campaign, now));
      if (append) ui.rows.append(...rows);
      else ui.rows.replaceChildren(...rows);
      if (!append && rows.length === 0) ui.rows.append(h('li', { class: 'empty' }, 'No campaigns yet. Choose New campaign to create one.'));
      cursor = page.nextCursor;
      ui.more.hidden = cursor === null;
      say(`${plural(ui.rows.querySelectorAll('.record').length, 'campaign', 'campaigns')}, latest start first.`);
    } catch (error) {
      showAlert(`Could not load the campaigns: ${describeError(error)}`);
    }
  }

  ui.more.addEventListener('click', () => void load(true));

  return {
    show(client) {
      admin = client;
      cursor = null;
      focusHeading(ui.title);
      void load(false);
    },
  };
}
