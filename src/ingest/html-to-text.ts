// HTML (a page's main content or a feed item's body) → plain text with one paragraph per line.
import { linkedom } from './lazy-modules.ts';

const BLOCK = new Set([
  'P',
  'DIV',
  'BR',
  'LI',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'BLOCKQUOTE',
  'TR',
  'SECTION',
  'ARTICLE',
  'HEADER',
  'FOOTER',
  'PRE',
  'FIGCAPTION',
  'DD',
  'DT',
  'TABLE',
  'UL',
  'OL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME']);

interface NodeLike {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<NodeLike>;
}

function walk(node: NodeLike, out: string[]): void {
  if (node.nodeType === 3) {
    out.push(node.textContent ?? '');
    return;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
  const name = node.nodeName.toUpperCase();
  if (SKIP.has(name)) return;
  const block = BLOCK.has(name);
  if (block) out.push('\n');
  for (let i = 0; i < node.childNodes.length; i++) walk(node.childNodes[i]!, out);
  if (block) out.push('\n');
}

/** Collapse runs of spaces inside lines and blank lines between paragraphs. */
export function tidyText(s: string): string {
  return s
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t\u00a0]+/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0)
    .join('\n');
}

export function nodeToText(node: NodeLike): string {
  const out: string[] = [];
  walk(node, out);
  return tidyText(out.join(''));
}

export function htmlToText(html: string): string {
  if (!/[<&]/.test(html)) return tidyText(html);
  const { document } = linkedom().parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  return nodeToText(document.body as unknown as NodeLike);
}
