/**
 * Registers a tag whose code loads only when the page first uses it, so the CDN entry stays
 * small. Until then the element is an undefined custom element (`:not(:defined)`), which the
 * browser upgrades in place once the loaded module defines the tag: attributes set and
 * properties assigned meanwhile are kept (Lit picks up properties set before the upgrade).
 *
 * It watches the document for the tag (present already, added later, or created and inserted by
 * script). An element inside another component's shadow root is not seen; such a component
 * imports the element's module itself. An element that is not rendered yet (in a hidden section
 * the page shows later) loads once the page is idle, so it never delays what the visitor sees
 * first.
 */
const pending = new Map<string, () => Promise<unknown>>();
let observer: MutationObserver | undefined;

/** Runs `task` once the page has loaded and the browser is idle (a short timer where there is no requestIdleCallback). */
function whenIdle(task: () => void): void {
  const idle = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(task, { timeout: 2000 }) : setTimeout(task, 200));
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}

function start(tag: string, load: () => Promise<unknown>): void {
  load().catch((error: unknown) => {
    console.error(new Error(`apptkit: could not load <${tag}>; it will be tried again when another one is added.`, { cause: error }));
    if (!customElements.get(tag)) watch(tag, load);
  });
}

function loadIfUsed(root: ParentNode): void {
  for (const [tag, load] of pending) {
    const element = root instanceof Element && root.localName === tag ? root : root.querySelector(tag);
    if (!element) continue;
    pending.delete(tag);
    // Not rendered (display: none around it): nothing to show yet, so it waits for an idle moment.
    if (element.getClientRects().length === 0) whenIdle(() => start(tag, load));
    else start(tag, load);
  }
  if (pending.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

function watch(tag: string, load: () => Promise<unknown>): void {
  pending.set(tag, load);
  if (!observer) {
    observer = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) loadIfUsed(node);
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
  }
  loadIfUsed(document);
}

/**
 * Calls `load` (typically `() => import('./components/x/define.js')`, which defines `tag`) the
 * first time a `tag` element is in the document. Does nothing when `tag` is defined already or
 * outside a browser.
 */
export function lazyDefine(tag: string, load: () => Promise<unknown>): void {
  if (typeof document === 'undefined' || typeof customElements === 'undefined') return;
  if (customElements.get(tag) || pending.has(tag)) return;
  watch(tag, load);
}
