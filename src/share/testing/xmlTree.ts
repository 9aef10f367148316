// Tests only: an element tree built from the linear tag scan, to check exported Visio and draw.io
// XML by structure (which shape holds which, which cell says what) rather than by text matching.
import { unescapeXml } from '../../render/escape.ts';
import { xmlTags } from '../xmlScan.ts';

export interface XmlNode {
  name: string;
  attrs: Map<string, string>;
  children: XmlNode[];
  /** Text directly inside the element, unescaped (each piece is also a '#text' child, in order). */
  text: string;
}

export function xmlTree(xml: string): XmlNode {
  const root: XmlNode = { name: '#document', attrs: new Map(), children: [], text: '' };
  const stack = [root];
  let last = 0;
  for (const tag of xmlTags(xml)) {
    const text = unescapeXml(xml.slice(last, tag.start));
    const top = stack[stack.length - 1]!;
    top.text += text;
    if (text) top.children.push({ name: '#text', attrs: new Map(), children: [], text });
    last = tag.end;
    if (tag.closing) {
      stack.pop();
      continue;
    }
    const node: XmlNode = { name: tag.name, attrs: tag.attrs, children: [], text: '' };
    stack[stack.length - 1]!.children.push(node);
    if (!tag.selfClosing) stack.push(node);
  }
  return root;
}

/** Every descendant (depth first) with this element name. */
export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  const walk = (n: XmlNode) => {
    for (const child of n.children) {
      if (child.name === name) out.push(child);
      walk(child);
    }
  };
  walk(node);
  return out;
}

/** Direct children with this element name. */
export const childrenNamed = (node: XmlNode, name: string) => node.children.filter((c) => c.name === name);
