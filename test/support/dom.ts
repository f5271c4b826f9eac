/** DOM helpers shared by the browser tests: text and elements through (nested) shadow roots. */

/** Visible text through every (nested) shadow root, whitespace (incl. no-break spaces) collapsed. */
export function deepText(node: Node): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n instanceof HTMLStyleElement) return;
    if (n.nodeType === Node.TEXT_NODE) parts.push(n.textContent ?? '');
    if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
    n.childNodes.forEach(walk);
  };
  walk(node);
  return parts.join(' ').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Every element matching `selector` inside `el`'s shadow root and the shadow roots nested in it. */
export function deepAll<T extends Element = Element>(el: Element, selector: string): T[] {
  const out: T[] = [];
  const walk = (root: ParentNode) => {
    out.push(...Array.from(root.querySelectorAll<T>(selector)));
    root.querySelectorAll('*').forEach((e) => e.shadowRoot && walk(e.shadowRoot));
  };
  if (el.shadowRoot) walk(el.shadowRoot);
  return out;
}
