/**
 * Where an element is, said once for every engine: a chain of CSS selectors, each searched below
 * the elements the previous one found, through shadow roots (the widget's parts live in them),
 * optionally kept to the elements whose text contains a string or matches a pattern.
 */

/** One step of a {@link Locator}, as the page script receives it (JSON). */
export interface LocatorStep {
  /** A selector matched against each element below the scope; combinators stay inside one shadow tree. */
  css: string;
  /** Keep the elements whose whitespace-normalized text (shadow text included) contains this. */
  text?: string;
  /** Keep the elements whose whitespace-normalized text matches this pattern: `[source, flags]`. */
  pattern?: [string, string];
  /** Keep only the element at this index (negative: from the end). */
  nth?: number;
}

export interface LocateOptions {
  /** Keep the elements whose text contains this string or matches this pattern. */
  hasText?: string | RegExp;
}

/** An immutable, serializable description of some elements of the page. */
export class Locator {
  constructor(readonly steps: readonly LocatorStep[]) {}

  /** The elements matching `css` below each element of this locator, through shadow roots. */
  locate(css: string, options: LocateOptions = {}): Locator {
    return new Locator([...this.steps, step(css, options)]);
  }

  /** Only the `index`th element (0 is the first, -1 the last). */
  nth(index: number): Locator {
    const last = this.steps.at(-1);
    if (!last) throw new Error('nth() needs a selector before it.');
    return new Locator([...this.steps.slice(0, -1), { ...last, nth: index }]);
  }

  first(): Locator {
    return this.nth(0);
  }

  /** For messages: `appt-checkout >> [part~="pay-button"]`. */
  toString(): string {
    return this.steps
      .map((s) => `${s.css}${s.text !== undefined ? ` (text "${s.text}")` : ''}${s.pattern ? ` (text /${s.pattern[0]}/${s.pattern[1]})` : ''}${s.nth !== undefined ? ` [${s.nth}]` : ''}`)
      .join(' >> ');
  }
}

function step(css: string, { hasText }: LocateOptions): LocatorStep {
  if (hasText === undefined) return { css };
  return typeof hasText === 'string' ? { css, text: hasText } : { css, pattern: [hasText.source, hasText.flags] };
}

/** The elements matching `css` anywhere in the page, through shadow roots. */
export function locate(css: string, options: LocateOptions = {}): Locator {
  return new Locator([step(css, options)]);
}

/**
 * The page side, as source text (never a function object: the TypeScript loader would add
 * helpers the page does not have). `find(steps)` returns the matching elements; `text(element)`
 * the element's whitespace-normalized text, shadow roots included; `ready(element)` whether it
 * is visible and enabled. Evaluated as an expression, it yields these three functions.
 */
export const PAGE_HELPERS = String.raw`(() => {
  const below = (node, out) => {
    if (node.shadowRoot) below(node.shadowRoot, out);
    for (const child of node.children) {
      out.push(child);
      below(child, out);
    }
    return out;
  };
  const text = (element) => {
    let result = '';
    const visit = (node) => {
      if (node.nodeType === 3) result += node.data;
      else if (node.nodeType === 1 || node.nodeType === 11) {
        if (node.nodeType === 1 && /^(STYLE|SCRIPT|TEMPLATE)$/.test(node.tagName)) return;
        if (node.nodeType === 1 && node.tagName === 'BR') result += ' ';
        if (node.shadowRoot) {
          visit(node.shadowRoot);
          result += ' ';
        }
        for (const child of node.childNodes) visit(child);
      }
    };
    visit(element);
    return result.replace(/\s+/g, ' ').trim();
  };
  const find = (steps) => {
    let scopes = [document];
    for (const step of steps) {
      const found = [];
      for (const scope of scopes) {
        for (const element of below(scope, [])) {
          if (found.includes(element) || !element.matches(step.css)) continue;
          if (step.text !== undefined && !text(element).includes(step.text)) continue;
          if (step.pattern && !new RegExp(step.pattern[0], step.pattern[1]).test(text(element))) continue;
          found.push(element);
        }
      }
      if (step.nth === undefined) scopes = found;
      else {
        const one = found.at(step.nth);
        scopes = one ? [one] : [];
      }
    }
    return scopes;
  };
  const visible = (element) =>
    typeof element.checkVisibility === 'function'
      ? element.checkVisibility({ checkVisibilityCSS: true, visibilityProperty: true })
      : element.getClientRects().length > 0;
  const ready = (element) => visible(element) && !element.matches(':disabled');
  return { find, text, visible, ready };
})()`;

/**
 * An expression finding the first element of `steps` that is ready (visible and enabled) when
 * `actionable`, else just the first; `null` when there is none yet.
 */
export function firstElementScript(locator: Locator, actionable: boolean): string {
  return `(() => {
    const page = ${PAGE_HELPERS};
    const element = page.find(${JSON.stringify(locator.steps)})[0];
    return element && (!${actionable} || page.ready(element)) ? element : null;
  })()`;
}

/** An expression describing the elements of `locator`: how many, how many visible, their texts. */
export function describeScript(locator: Locator): string {
  return `(() => {
    const page = ${PAGE_HELPERS};
    const elements = page.find(${JSON.stringify(locator.steps)});
    return { texts: elements.map(page.text), visible: elements.map(page.visible) };
  })()`;
}
