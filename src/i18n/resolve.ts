import { fallbackTranslation, hasTranslation } from './registry.js';

/** The outcome of locale resolution: the tag for `Intl` formatting and the language of the texts. */
export interface ResolvedLocale {
  /** Canonical BCP 47 tag used for numbers, money and plurals, e.g. `"de-AT"`. */
  locale: string;
  /** Base language subtag of the texts to show, e.g. `"de"`; load them with `loadTranslation`. */
  language: string;
}

/**
 * Resolves the first usable language tag among `candidates`, most specific first (element
 * `lang`, context, ancestor `lang`, `navigator.language`). Empty and malformed tags are
 * skipped. The first well-formed tag decides: a region falls back to its base language
 * (`de-AT` → German texts, Austrian number format); a language without a translation falls
 * back to English, so texts and number formats never mix two languages.
 */
export function resolveLocale(...candidates: ReadonlyArray<string | null | undefined>): ResolvedLocale {
  for (const candidate of candidates) {
    const tag = canonical(candidate);
    if (!tag) continue;
    const language = tag.split('-')[0]!.toLowerCase();
    if (hasTranslation(language)) return { locale: tag, language };
    break;
  }
  return { locale: fallbackTranslation.$code, language: fallbackTranslation.$code };
}

function canonical(candidate: string | null | undefined): string | undefined {
  const trimmed = candidate?.trim();
  if (!trimmed) return undefined;
  try {
    return Intl.getCanonicalLocales(trimmed)[0];
  } catch {
    return undefined;
  }
}
