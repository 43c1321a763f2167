/**
 * The plain text the pdfkit floor writes: the entries of a pubcv HTML build, without markup,
 * broken into lines before anything is timed, so the floor times pdfkit and nothing else.
 */

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** Each entry's text (every `<li id=…>` of the list), tags dropped, entities decoded, spaces collapsed. */
export function entryTexts(html: string): string[] {
  const texts: string[] = [];
  for (const match of html.matchAll(/<li id="[^"]*">([\s\S]*?)<\/li>/g)) {
    // A block ends a word; an inline tag (<i>, <span class="owner">) sits inside the text.
    const bare = (match[1] ?? '').replace(/<\/?(?:div|p|br|li|ul|ol)\b[^>]*>/gi, ' ').replace(/<[^>]*>/g, '');
    const text = decodeEntities(bare).replace(/\s+/g, ' ').trim();
    if (text !== '') texts.push(text);
  }
  return texts;
}

/** The text broken at spaces into lines of at most `width` characters (a longer word gets a line of its own). */
export function breakLines(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (word === '') continue;
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** Every entry of a pubcv HTML build as lines of at most `width` characters, entry after entry. */
export function pdfLines(html: string, width = 90): string[] {
  return entryTexts(html).flatMap((text) => breakLines(text, width));
}
