/**
 * Whether the text inside `element` is shown with a new line right after its first line break
 * (`\n`), as a reader sees it: the character after the break sits below the text's first
 * character. Measured on the rendering, so it holds in every engine (WebKit's `innerText` drops
 * the breaks of `white-space: pre-line` that it does show).
 */
export function breaksLineAtNewline(element: Element): boolean {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.textContent!.indexOf('\n');
    if (at < 1) continue;
    const box = (offset: number) => {
      const range = document.createRange();
      range.setStart(node, offset);
      range.setEnd(node, offset + 1);
      return range.getBoundingClientRect();
    };
    // Bottoms, not tops: WebKit's box of the character after a break also spans the line above.
    return box(at + 1).bottom > box(0).bottom + 1;
  }
  throw new Error(`No text with a line break in ${element.outerHTML.slice(0, 120)}`);
}

/**
 * Which edge of `box` the first line of the text inside it hugs, as a reader sees it: `'right'`
 * when that line ends within a pixel of the box's right edge, `'left'` when it starts at the left
 * one. The first line is the text before the first line break, which must be shorter than the box.
 */
export function alignedSide(box: Element): 'left' | 'right' | 'neither' {
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let node = walker.nextNode();
  while (node && node.textContent!.trim() === '') node = walker.nextNode();
  if (!node) throw new Error(`No text in ${box.outerHTML.slice(0, 120)}`);
  const range = document.createRange();
  const end = node.textContent!.indexOf('\n');
  range.setStart(node, 0);
  range.setEnd(node, end < 0 ? node.textContent!.length : end);
  const [outer, line] = [box.getBoundingClientRect(), range.getBoundingClientRect()];
  if (Math.abs(outer.right - line.right) <= 1) return 'right';
  if (Math.abs(outer.left - line.left) <= 1) return 'left';
  return 'neither';
}
