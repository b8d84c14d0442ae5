import { thaiText } from './thai';

/**
 * A tiny DOM builder. Text always goes in as text nodes (never innerHTML): participant text and
 * workshop text are shown exactly as typed, never interpreted as markup. Thai text is wrapped in
 * word runs (`thaiText`), so a line never breaks inside a Thai word; not inside an <option> or a
 * <title>, which hold text only.
 */
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const name of Object.keys(attributes)) {
    const value = attributes[name];
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  append(node, children);
  return node;
}

const TEXT_ONLY = /^(?:OPTION|TITLE|TEXTAREA)$/;

export function append(parent: Node, children: Child[]): void {
  const textOnly = TEXT_ONLY.test(parent.nodeName);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (typeof child !== 'string') parent.appendChild(child);
    else parent.appendChild(textOnly ? document.createTextNode(child) : thaiText(child));
  }
}

export function clear(node: Node): void {
  while (node.firstChild) node.removeChild(node.firstChild);
}

let ids = 0;
export function uid(prefix: string): string {
  ids++;
  return `${prefix}-${ids}`;
}
