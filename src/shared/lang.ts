/**
 * The element's language: its own lang attribute, else the closest [lang] ancestor (crossing shadow
 * roots), else <html lang>, else Dutch. We never write <html lang>.
 */
export function closestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang') && node.getAttribute('lang')) return node.getAttribute('lang');
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : parent;
  }
  return null;
}
