/** The message for each plural category a language uses; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Builds a plural-aware term for `locale`: picks the form for the count's plural category
 * (`Intl.PluralRules`) and replaces `#` with the count formatted for that locale.
 *
 * @example plural('de', { one: '# Sitzung', other: '# Sitzungen' })(3) // "3 Sitzungen"
 */
export function plural(locale: string, forms: PluralForms): (count: number) => string {
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return (count) => {
    rules ??= new Intl.PluralRules(locale);
    numbers ??= new Intl.NumberFormat(locale);
    const form = forms[rules.select(count)] ?? forms.other;
    return form.replace('#', numbers.format(count));
  };
}
