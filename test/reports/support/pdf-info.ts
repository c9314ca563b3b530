/** Decodes a PDF literal string (escapes, octal codes; UTF-16BE when it starts with a byte-order mark). */
function decodeLiteral(literal: string): string {
  const bytes: number[] = [];
  for (let index = 0; index < literal.length; index++) {
    const char = literal[index];
    if (char !== '\\') {
      bytes.push(char.charCodeAt(0) & 0xff);
      continue;
    }
    const next = literal[++index];
    const octal = /^[0-7]{1,3}/.exec(literal.slice(index))?.[0];
    if (octal) {
      bytes.push(parseInt(octal, 8));
      index += octal.length - 1;
    } else bytes.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[next] ?? next.charCodeAt(0));
  }
  const buffer = Buffer.from(bytes);
  return buffer[0] === 0xfe && buffer[1] === 0xff ? Buffer.from(buffer.subarray(2)).swap16().toString('utf16le') : buffer.toString('latin1');
}

/** Returns a literal string `( … )` starting at `start` (balanced parentheses, escapes kept for decoding). */
function literalAt(text: string, start: number): string {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    if (text[index] === '\\') index++;
    else if (text[index] === '(') depth++;
    else if (text[index] === ')' && --depth === 0) return text.slice(start + 1, index);
  }
  return '';
}

/** Returns the document information dictionary of a PDF written by PDFKit (Title, Author, Subject, …) as text. */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const text = pdf.toString('latin1');
  const infoRef = /\/Info (\d+) 0 R/.exec(text.slice(text.lastIndexOf('trailer')))?.[1];
  const object = (number: string) => {
    const start = text.indexOf(`\n${number} 0 obj`) + 1;
    return text.slice(start, text.indexOf('endobj', start));
  };
  const dictionary = object(infoRef!);
  const info: Record<string, string> = {};
  for (const match of dictionary.matchAll(/\/(Title|Author|Subject|Keywords|Creator|Producer|CreationDate|ModDate) (?:(\d+) 0 R|\()/g)) {
    const [, key, reference] = match;
    if (reference) {
      const body = object(reference);
      info[key] = decodeLiteral(literalAt(body, body.indexOf('(')));
    } else info[key] = decodeLiteral(literalAt(dictionary, match.index! + match[0].length - 1));
  }
  return info;
}

/** Returns the number of pages of a PDF written by PDFKit (no object streams). */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}
