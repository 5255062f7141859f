import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ContextConsumer } from '@lit/context';
import { localeContext } from '../context/locale.js';
import { resolveLocale } from './resolve.js';
import type { Catalog, TermSet } from './catalog.js';
import { translations } from './registry.js';
import type { TextDirection, Translation } from './translation.js';

/** What an element needs to render in its language; `T` is its texts (the shared ones and its own). */
export interface Localization<T = Translation> {
  /** Canonical BCP 47 tag for `Intl` formatting, e.g. `"ar-EG"`. */
  locale: string;
  /** The texts, or `undefined` for the moment a built-in language is still loading. */
  translation: T | undefined;
  /** Writing direction, known even while the texts load. */
  dir: TextDirection;
}

/** Languages written right to left, to set `dir` before their texts have loaded. */
const RTL = new Set(['ar', 'ckb', 'dv', 'fa', 'he', 'ps', 'ur', 'yi']);

type Host = ReactiveControllerHost & HTMLElement;

const hosts = new Set<Host>();
let observer: MutationObserver | undefined;

/** One observer per page re-renders every connected element when any `lang` attribute changes. */
function watchLangAttributes(): void {
  if (observer || typeof MutationObserver === 'undefined') return;
  observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

/** The `lang` of the closest ancestor that has one, crossing shadow roots; `<html lang>` last. */
function closestLang(element: Element): string | undefined {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang') ?? undefined;
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

/** The own texts of an element that shows only the shared ones. */
const NO_TERMS: TermSet = { $code: '' };

/**
 * Resolves an element's language in the documented order — its own `lang`, the locale context,
 * the closest `[lang]` ancestor (up to `<html>`), `navigator.language`, English — and re-renders
 * the host when any of them changes. With an element's own `terms` catalog, the texts are the
 * shared ones and the element's, both in the same language (English for both when either is
 * missing, so a view never mixes two languages).
 */
export class LocalizeController<T extends TermSet = TermSet> implements ReactiveController {
  private readonly context: ContextConsumer<typeof localeContext, Host>;
  /** Languages whose texts could not be loaded: shown in English instead. */
  private readonly failed = new Set<string>();
  /** The last merged texts, reused while neither part changes. */
  private merged: { shared: Translation; own: T; both: Translation & T } | undefined;

  constructor(
    private readonly host: Host,
    private readonly terms?: Catalog<T>,
  ) {
    host.addController(this);
    this.context = new ContextConsumer(host, {
      context: localeContext,
      subscribe: true,
      callback: () => host.requestUpdate(),
    });
  }

  hostConnected(): void {
    hosts.add(this.host);
    watchLangAttributes();
  }

  hostDisconnected(): void {
    hosts.delete(this.host);
  }

  /**
   * The current language: `Intl` tag, texts and direction. Cheap; call it on every render.
   * When the texts of a built-in language are not loaded yet, it starts loading them,
   * returns `translation: undefined`, and re-renders the host once they arrive (or falls back
   * to English if they cannot be loaded).
   */
  resolve(): Localization<Translation & T> {
    const { locale, language } = resolveLocale(
      this.host.lang,
      this.context.value,
      closestLang(this.host),
      typeof navigator === 'undefined' ? undefined : navigator.language,
    );
    if (this.failed.has(language)) {
      return { locale: translations.fallback.$code, translation: this.fallback, dir: translations.fallback.$dir };
    }
    const shared = translations.get(language);
    const own = this.terms ? this.terms.get(language) : (NO_TERMS as T);
    if (shared && own) return { locale, translation: this.merge(shared, own), dir: shared.$dir };
    Promise.all([translations.load(language), this.terms ? this.terms.load(language) : NO_TERMS]).then(
      ([loadedShared, loadedOwn]) => {
        if (!loadedShared || !loadedOwn) this.failed.add(language);
        this.host.requestUpdate();
      },
      (error: unknown) => {
        console.warn(error);
        this.failed.add(language);
        this.host.requestUpdate();
      },
    );
    return { locale, translation: undefined, dir: RTL.has(language) ? 'rtl' : 'ltr' };
  }

  /** The English texts, for the moment the chosen language is still loading. */
  get fallback(): Translation & T {
    return this.merge(translations.fallback, this.terms?.fallback ?? (NO_TERMS as T));
  }

  private merge(shared: Translation, own: T): Translation & T {
    const last = this.merged;
    if (last && last.shared === shared && last.own === own) return last.both;
    const both = { ...shared, ...own, $code: shared.$code };
    this.merged = { shared, own, both };
    return both;
  }
}
