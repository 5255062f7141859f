/** The message for each plural category a language uses; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * Builds a plural-aware term for `locale`: picks the form for the count's plural category
 * (`Intl.PluralRules`) and replaces `#` with the count formatted for that locale. Other numbers
 * the message needs go in `values` and replace `{name}` placeholders, formatted the same way.
 *
 * @example plural('de', { one: '# Sitzung', other: '# Sitzungen' })(3) // "3 Sitzungen"
 * @example plural('en', { one: '{chosen} of # session chosen', other: '{chosen} of # sessions chosen' })(3, { chosen: 2 })
 */
export function plural(locale: string, forms: PluralForms): (count: number, values?: Readonly<Record<string, number>>) => string {
  let rules: Intl.PluralRules | undefined;
  let numbers: Intl.NumberFormat | undefined;
  return (count, values) => {
    rules ??= new Intl.PluralRules(locale);
    numbers ??= new Intl.NumberFormat(locale);
    const format = numbers;
    const form = forms[rules.select(count)] ?? forms.other;
    let text = form.replace('#', format.format(count));
    for (const [name, value] of Object.entries(values ?? {})) text = text.replaceAll(`{${name}}`, format.format(value));
    return text;
  };
}
