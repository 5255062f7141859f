/**
 * The dashboard's two DOM helpers: find an element of the page by id, and build an element with
 * attributes and children. Text always goes in as text nodes, never as markup.
 */

/** The page element with `id`; throws when the page lacks it (a broken page, not a user error). */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page.`);
  return element as T;
}

/** Creates an element with attributes (`false` leaves one out, `true` sets it empty) and children (strings become text nodes). */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}
