import { describe, expect, it } from 'vitest';
import { inlineRuns, markdownContent } from '../../../reports/pdf/markdown-content.js';

describe('Markdown of the edition folder as pdfmake content', () => {
  it('reads bold and italics', () => {
    expect(inlineRuns('Eje **1**: *Prevención*.')).toEqual(['Eje ', { text: '1', bold: true }, ': ', { text: 'Prevención', italics: true }, '.']);
  });

  it('joins the lines of a paragraph and separates paragraphs', () => {
    expect(markdownContent('Primera\nlínea.\n\nSegunda.')).toEqual([
      { text: ['Primera línea.'], style: 'body' },
      { text: ['Segunda.'], style: 'body' },
    ]);
  });

  it('nests lists by indentation and keeps numbered lists numbered', () => {
    const [list] = markdownContent('- Eje 1\n  - Sub 2\n  - Sub 3\n- Eje 2') as [{ ul: { stack?: unknown[]; text?: unknown }[] }];
    expect(list.ul).toHaveLength(2);
    expect(list.ul[0].stack).toEqual([
      { text: ['Eje 1'], style: 'body', margin: [0, 0, 0, 3] },
      {
        ul: [
          { text: ['Sub 2'], style: 'body', margin: [0, 0, 0, 3] },
          { text: ['Sub 3'], style: 'body', margin: [0, 0, 0, 3] },
        ],
        margin: [6, 0, 0, 6],
      },
    ]);
    const [numbered] = markdownContent('1. Uno\n2. Dos') as [{ ol: unknown[] }];
    expect(numbered.ol).toHaveLength(2);
  });

  it('turns headings into sub-headings kept with what follows', () => {
    expect(markdownContent('# Plan Cuscatlán\n\nTexto.')[0]).toEqual({ text: ['Plan Cuscatlán'], style: 'h3', headlineLevel: 3 });
  });
});
