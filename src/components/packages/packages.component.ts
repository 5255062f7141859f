import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { Task, initialState } from '@lit/task';
import { ApptElement } from '../base/appt-element.js';
import { ConfigurationError } from '../base/configuration-error.js';
import { clientContext } from '../../context/client.js';
import type { ApptClient } from '../../client/index.js';
import { clientFromAttributes } from '../base/own-client.js';
import type { AppointmentPackage } from '../../core/package.js';
import { formatMoney } from '../../core/money.js';
import { isCurrencyCode } from '../../core/currencies.js';
import { ApptPackageSelectEvent } from '../../events/package-select.js';
import { LocalizeController } from '../../i18n/localize-controller.js';
import { formatDuration } from '../../i18n/format.js';
import type { Translation } from '../../i18n/translation.js';
import { tokens } from '../../styles/tokens.js';
import { shared } from '../../styles/shared.js';
import { packagesStyles } from './packages.styles.js';
import { describeLoadError } from '../base/load-error.js';

/** Skeleton cards shown on the first load, before the number of packages is known. */
const DEFAULT_SKELETON_COUNT = 3;

type TaskArgs = readonly [expert: string, country: string, currency: string, client: ApptClient | Error | undefined];

/**
 * A list of an expert's appointment packages: title, description, type and service (and a
 * face-to-face meeting's address), duration, sessions, break, fee in its currency and credits.
 * Choosing one fires `appt-package-select`.
 *
 * It loads through the `ApptClient` an ancestor provides by context, or else through its own
 * client built from `api` and `key`. While loading it shows skeleton cards of the same size as
 * real ones; on failure it says why and offers a retry.
 *
 * @summary Lists an expert's appointment packages and lets the user choose one.
 * @tag appt-packages
 *
 * @slot empty - Replaces the "no packages" text, e.g. with a contact link.
 *
 * @event {ApptPackageSelectEvent} appt-package-select - The user chose a package; `event.package` is the package.
 *
 * @csspart base - The root wrapper; carries `dir` and `lang`.
 * @csspart list - The `<ul>` of package cards (also the skeleton list while loading).
 * @csspart card - One package card (`<li>`).
 * @csspart skeleton - A placeholder card while loading (also has the `card` part).
 * @csspart title - A package's title.
 * @csspart description - A package's description.
 * @csspart meta - The list of type, duration, sessions and break.
 * @csspart location - A face-to-face package's address, under its type (line breaks kept).
 * @csspart price - The fee, formatted in the package's currency.
 * @csspart credits - The credits price, when the package is sold for credits.
 * @csspart select-button - The "Choose" button of a card.
 * @csspart empty - The message shown when there is no package.
 * @csspart error - The error box.
 * @csspart error-message - The sentence saying why loading failed.
 * @csspart error-detail - The support reference, or for a set-up mistake the attribute at fault.
 * @csspart retry-button - The error box's retry button.
 *
 * @cssproperty --appt-color-primary - Accent color: buttons, hover and focus (global token).
 * @cssproperty --appt-color-on-primary - Text on the accent color (global token).
 * @cssproperty --appt-color-surface - Background of cards and message boxes (global token).
 * @cssproperty --appt-color-text - Main text color (global token).
 * @cssproperty --appt-color-muted - Secondary text color (global token).
 * @cssproperty --appt-color-border - Borders and dividers (global token).
 * @cssproperty --appt-color-danger - Error title color (global token).
 * @cssproperty --appt-color-danger-surface - Error box background (global token).
 * @cssproperty --appt-color-skeleton - Loading placeholder color (global token).
 * @cssproperty --appt-color-skeleton-shine - Loading shimmer highlight (global token).
 * @cssproperty --appt-radius - Corner radius (global token).
 * @cssproperty --appt-space - Base spacing unit (global token).
 * @cssproperty --appt-font-family - Font stack (global token).
 * @cssproperty --appt-font-size - Base font size every size derives from, 16px by default (global token).
 * @cssproperty --appt-focus-ring - Outline of focused controls (global token).
 * @cssproperty --appt-packages-background - Background behind the cards, transparent by default.
 * @cssproperty --appt-packages-gap - Space between cards.
 * @cssproperty --appt-packages-card-min-width - Narrowest card before the grid drops a column.
 * @cssproperty --appt-packages-card-background - Card background.
 * @cssproperty --appt-packages-card-border-color - Card border.
 * @cssproperty --appt-packages-card-radius - Card corner radius.
 * @cssproperty --appt-packages-card-padding - Card padding.
 * @cssproperty --appt-packages-price-color - Fee color.
 */
export class ApptPackages extends ApptElement {
  static override styles = [tokens, shared, packagesStyles];

  /** Id of the expert whose packages to list. Required. */
  @property({ reflect: true }) expert = '';

  /** Only packages sold in this ISO 3166-1 alpha-2 country, e.g. `DE`. */
  @property({ reflect: true }) country = '';

  /** Only packages sold in this ISO 4217 currency, e.g. `EUR`. */
  @property({ reflect: true }) currency = '';

  /** Base URL of the tenant's API (https, or http on loopback). Unused when an ancestor provides a client. */
  @property({ reflect: true }) api = '';

  /** Publishable key (`pk_…`). Unused when an ancestor provides a client. */
  @property({ reflect: true }) key = '';

  /** Color scheme: `light`, `dark`, or `auto` to follow the system setting. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' = 'auto';

  /** Language of the element's texts and formats; falls back to context, ancestors and the browser. */
  @property({ reflect: true }) override lang!: string;

  /**
   * The heading level (1–6) of each package's title, so the host page's outline stays valid:
   * e.g. 2 under the page's `<h1>`. Default 3; other values fall back to it.
   */
  @property({ attribute: 'heading-level', type: Number, reflect: true }) headingLevel = 3;

  /** A client provided by an ancestor; wins over `api` and `key`. */
  @consume({ context: clientContext, subscribe: true })
  @state()
  private providedClient: ApptClient | undefined;

  /** The client built from `api` and `key`, or why it could not be built. */
  @state() private ownClient: ApptClient | Error | undefined;

  private readonly localize = new LocalizeController(this);

  /** How many skeleton cards to show: as many as last time, so a reload does not shift the page. */
  private skeletonCount = DEFAULT_SKELETON_COUNT;

  private readonly packagesTask = new Task<TaskArgs, AppointmentPackage[]>(this, {
    args: () => [
      this.expert.trim(),
      this.country.trim().toUpperCase(),
      this.currency.trim().toUpperCase(),
      this.providedClient ?? this.ownClient,
    ],
    task: async ([expert, country, currency, client], { signal }) => {
      if (!expert) {
        throw new ConfigurationError('<appt-packages>: the "expert" attribute is required (the id of an expert).');
      }
      // The format only: which country codes are assigned is the server's to say (a 422 then).
      if (country && !/^[A-Z]{2}$/.test(country)) {
        throw new ConfigurationError(
          `<appt-packages>: the "country" attribute must be an ISO 3166-1 alpha-2 code such as "DE" (got "${this.country}").`,
        );
      }
      if (currency && !isCurrencyCode(currency)) {
        throw new ConfigurationError(
          `<appt-packages>: the "currency" attribute must be an ISO 4217 code such as "EUR" (got "${this.currency}").`,
        );
      }
      if (client instanceof Error) throw client;
      if (!client) return initialState; // Waiting for a context provider that may upgrade later.
      const packages = await client.packages.list(
        { expertId: expert, country: country || undefined, currency: currency || undefined },
        { signal },
      );
      this.skeletonCount = Math.max(packages.length, 1);
      return packages;
    },
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') || changed.has('key')) this.ownClient = clientFromAttributes('appt-packages', this.api, this.key);
  }

  /** Reloads the packages, e.g. after the host changed something the element cannot see. */
  reload(): Promise<void> {
    return this.packagesTask.run();
  }

  override render() {
    const { locale, translation: t, dir } = this.localize.resolve();
    return html`<div part="base" class="base" dir=${dir} lang=${locale}>${this.renderState(locale, t)}</div>`;
  }

  /** The skeleton while data (or the texts of this language) load, then the list, "empty", or the error. */
  private renderState(locale: string, t: Translation | undefined) {
    if (!t) return this.renderSkeleton('');
    const loading = () => this.renderSkeleton(t.loading);
    return this.packagesTask.render({
      initial: loading,
      pending: loading,
      complete: (packages) => (packages.length ? this.renderList(packages, locale, t) : this.renderEmpty(t)),
      error: (error) => this.renderError(error, t),
    });
  }

  private renderSkeleton(label: string): TemplateResult {
    const bone = html`<span class="bone"></span>`;
    const row = html`<dt>${bone}</dt><dd>${bone}</dd>`;
    const card = html`<li part="card skeleton" class="card skeleton">
      <p class="title">${bone}</p>
      <p class="description">${bone}${bone}</p>
      <dl class="meta">${row}${row}${row}${row}</dl>
      <div class="footer">
        <p class="prices"><span class="price">${bone}</span></p>
        <span class="bone select-bone"></span>
      </div>
    </li>`;
    return html`<div aria-busy="true">
      <p role="status" class="visually-hidden">${label}</p>
      <ul part="list" class="list" role="list" aria-hidden="true">
        ${Array.from({ length: this.skeletonCount }, () => card)}
      </ul>
    </div>`;
  }

  private renderList(packages: AppointmentPackage[], locale: string, t: Translation): TemplateResult {
    return html`<ul part="list" class="list" role="list" aria-label=${t.packagesLabel}>
      ${packages.map((pkg) => this.renderCard(pkg, locale, t))}
    </ul>`;
  }

  private renderCard(pkg: AppointmentPackage, locale: string, t: Translation): TemplateResult {
    const how =
      pkg.appointmentType === 'online' && pkg.service
        ? `${t.appointmentType.online} · ${t.service[pkg.service]}`
        : t.appointmentType[pkg.appointmentType];
    return html`<li part="card" class="card">
      <div part="title" class="title" role="heading" aria-level=${titleLevel(this.headingLevel)} dir="auto">${pkg.title}</div>
      <p part="description" class="description" dir="auto">${pkg.description}</p>
      <dl part="meta" class="meta">
        <dt>${t.typeLabel}</dt>
        <dd>${how}</dd>
        ${pkg.location ? html`<dd part="location"><bdi>${pkg.location}</bdi></dd>` : nothing}
        <dt>${t.durationLabel}</dt>
        <dd>${formatDuration(pkg.durationMinutes, locale)}</dd>
        <dt>${t.sessionsLabel}</dt>
        <dd>${t.sessions(pkg.sessions)}</dd>
        <dt>${t.breakLabel}</dt>
        <dd>${pkg.breakMinutes > 0 ? formatDuration(pkg.breakMinutes, locale) : t.noBreak}</dd>
      </dl>
      <div class="footer">
        <p class="prices">
          <span part="price" class="price">${pkg.fee === 0 ? t.free : formatMoney(pkg.fee, pkg.currency, locale)}</span>
          ${pkg.credits === null ? nothing : html`<span part="credits" class="credits">${t.credits(pkg.credits)}</span>`}
        </p>
        <button part="select-button" class="button select" type="button" @click=${() => this.choose(pkg)}>
          ${t.choose}<span class="visually-hidden">: ${pkg.title}</span></button
        >
      </div>
    </li>`;
  }

  private renderEmpty(t: Translation): TemplateResult {
    return html`<div part="empty" class="empty" role="status"><slot name="empty">${t.empty}</slot></div>`;
  }

  private renderError(error: unknown, t: Translation): TemplateResult {
    const { message, detail } = describeLoadError(error, t);
    return html`<div part="error" class="error" role="alert">
      <p class="error-title">${t.errorTitle}</p>
      <p part="error-message" class="error-text">${message}</p>
      ${detail ? html`<p part="error-detail" class="error-detail">${detail}</p>` : nothing}
      <button part="retry-button" class="button button--secondary" type="button" @click=${() => this.reload()}>
        ${t.retry}
      </button>
    </div>`;
  }

  private choose(pkg: AppointmentPackage): void {
    this.emit(new ApptPackageSelectEvent(pkg));
  }
}

/** A heading level of 1–6; anything else is 3. */
function titleLevel(level: number): number {
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 3;
}

declare global {
  interface HTMLElementTagNameMap {
    'appt-packages': ApptPackages;
  }
}
