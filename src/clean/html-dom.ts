// The small part of the DOM that the HTML cleaner uses, typed structurally. The project compiles
// without the DOM lib (it runs on Node with linkedom), so these interfaces stand in for it; linkedom's
// nodes satisfy them. Walks use firstChild/nextSibling/parentNode (O(1) in linkedom) with an explicit
// loop, never recursion, so a deep document cannot overflow the stack.

export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  remove(): void;
  /** Merges adjacent text nodes (the parser makes one per character reference). */
  normalize(): void;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly body: DomElement | null;
  readonly head: DomElement | null;
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

export function isElement(n: DomNode | null | undefined): n is DomElement {
  return !!n && n.nodeType === ELEMENT_NODE;
}

/** An attribute's value, "" when absent. */
export function attr(el: DomElement, name: string): string {
  return el.getAttribute(name) ?? "";
}

/** The next node in document order after `n` within `root`, skipping n's children when `skipChildren`. */
export function nextInTree(n: DomNode, root: DomNode, skipChildren: boolean): DomNode | null {
  if (!skipChildren && n.firstChild) return n.firstChild;
  let cur: DomNode | null = n;
  while (cur && cur !== root) {
    if (cur.nextSibling) return cur.nextSibling;
    cur = cur.parentNode;
  }
  return null;
}

/** Collects the elements under `root` (document order) for which `pick` is true, without entering them. */
export function collectElements(root: DomNode, pick: (el: DomElement) => boolean): DomElement[] {
  const out: DomElement[] = [];
  let n: DomNode | null = root.firstChild;
  while (n) {
    let skip = false;
    if (isElement(n) && pick(n)) {
      out.push(n);
      skip = true;
    }
    n = nextInTree(n, root, skip);
  }
  return out;
}
