import { createContext } from '@lit/context';

/**
 * A BCP 47 language tag (`"de"`, `"ar-EG"`) that an ancestor provides to every apptkit element
 * below it. An element's own `lang` attribute still wins; without either, the closest `[lang]`
 * ancestor and then `navigator.language` decide.
 *
 * The key is a registered symbol so two copies of apptkit on one page (CDN and npm) share it.
 */
export const localeContext = createContext<string | undefined>(Symbol.for('apptkit.locale'));
