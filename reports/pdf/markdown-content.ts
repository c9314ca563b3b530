import type { Content } from 'pdfmake/interfaces.js';

/**
 * The Markdown the Unidad de Planificación writes in an edition folder, as pdfmake content:
 * paragraphs, `#`/`##` headings, bulleted (`-`, `*`) and numbered (`1.`) lists nested by
 * indentation, `**bold**` and `*italics*`. Anything else is kept as plain text.
 */

type Inline = string | { text: string; bold?: boolean; italics?: boolean };

/** Returns inline text runs for `**bold**` and `*italics*` markers. */
export function inlineRuns(text: string): Inline[] {
  const runs: Inline[] = [];
  const pattern = /\*\*(.+?)\*\*|\*(?!\s)(.+?)\*|_(?!\s)(.+?)_/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index! > last) runs.push(text.slice(last, match.index));
    if (match[1] !== undefined) runs.push({ text: match[1], bold: true });
    else runs.push({ text: match[2] ?? match[3], italics: true });
    last = match.index! + match[0].length;
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs.length ? runs : [''];
}

interface ListItem {
  text: string;
  children: ListBlock | undefined;
}

interface ListBlock {
  ordered: boolean;
  items: ListItem[];
}

const LIST_ITEM = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/;

/** Returns the content of a Markdown text: headings, paragraphs and lists, styled with `style` for body text. */
export function markdownContent(markdown: string, style = 'body'): Content[] {
  const content: Content[] = [];
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let index = 0;
  while (index < lines.length) {
    const line = lines[index];
    if (!line.trim()) {
      index++;
      continue;
    }
    const heading = /^(#{1,3})\s+(.*)$/.exec(line.trim());
    if (heading) {
      content.push({ text: inlineRuns(heading[2]), style: 'h3', headlineLevel: 3 } as Content);
      index++;
      continue;
    }
    if (LIST_ITEM.test(line)) {
      const start = index;
      while (index < lines.length && (LIST_ITEM.test(lines[index]) || /^\s{2,}\S/.test(lines[index]))) index++;
      content.push(listContent(parseList(lines.slice(start, index)), style));
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length && lines[index].trim() && !LIST_ITEM.test(lines[index]) && !/^#{1,3}\s/.test(lines[index].trim())) {
      paragraph.push(lines[index].trim());
      index++;
    }
    content.push({ text: inlineRuns(paragraph.join(' ')), style });
  }
  return content;
}

/** Parses list lines into nested blocks by indentation; continuation lines join the item above. */
function parseList(lines: string[]): ListBlock {
  const root: ListBlock = { ordered: /^\s*\d/.test(lines[0]), items: [] };
  const stack: { indent: number; block: ListBlock }[] = [{ indent: indentOf(lines[0]), block: root }];
  for (const line of lines) {
    const match = LIST_ITEM.exec(line);
    if (!match) {
      const items = stack[stack.length - 1].block.items;
      if (items.length) items[items.length - 1].text += ` ${line.trim()}`;
      continue;
    }
    const indent = match[1].length;
    while (stack.length > 1 && indent < stack[stack.length - 1].indent) stack.pop();
    let top = stack[stack.length - 1];
    if (indent > top.indent && top.block.items.length) {
      const parent = top.block.items[top.block.items.length - 1];
      parent.children ??= { ordered: /\d/.test(match[2]), items: [] };
      top = { indent, block: parent.children };
      stack.push(top);
    }
    top.block.items.push({ text: match[3], children: undefined });
  }
  return root;
}

function indentOf(line: string): number {
  return /^\s*/.exec(line)![0].length;
}

function listContent(block: ListBlock, style: string): Content {
  const items = block.items.map((item) => {
    const text = { text: inlineRuns(item.text), style, margin: [0, 0, 0, 3] };
    return item.children ? { stack: [text, listContent(item.children, style)] } : text;
  });
  const list = block.ordered ? { ol: items } : { ul: items };
  return { ...list, margin: [6, 0, 0, 6] } as Content;
}
