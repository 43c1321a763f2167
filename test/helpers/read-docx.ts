import JSZip from 'jszip';

/** One stretch of text with the formatting that tests ask about. */
export interface DocxRun {
  text: string;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  superscript: boolean;
  subscript: boolean;
  smallCaps: boolean;
  /** Target of the enclosing hyperlink, from the document's relationships. */
  link?: string;
}

/** One paragraph: its style id and its runs, adjacent runs with identical formatting merged. */
export interface DocxParagraph {
  style?: string;
  runs: DocxRun[];
}

export interface ReadDocx {
  documentXml: string;
  paragraphs: DocxParagraph[];
}

type Formatting = Omit<DocxRun, 'text' | 'link'>;

interface Tag {
  name: string;
  attrs: Record<string, string>;
  closing: boolean;
  selfClosing: boolean;
}

const PLAIN: Formatting = {
  bold: false,
  italic: false,
  underline: false,
  superscript: false,
  subscript: false,
  smallCaps: false,
};

/** Decodes the five XML entities and numeric character references. */
export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[ref]!;
  });
}

/** Splits XML into tags and text; comments, processing instructions and CDATA never occur in docx bodies we read. */
function* tokenize(xml: string): Generator<Tag | string> {
  const token = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>|<[?!][^>]*>|([^<]+)/g;
  for (const m of xml.matchAll(token)) {
    if (m[5] !== undefined) yield decodeXml(m[5]);
    else if (m[2] !== undefined) {
      const attrs: Record<string, string> = {};
      for (const a of (m[3] ?? '').matchAll(/([\w:.-]+)="([^"]*)"/g)) attrs[a[1]!] = decodeXml(a[2]!);
      yield { name: m[2], attrs, closing: m[1] === '/', selfClosing: m[4] === '/' };
    }
  }
}

/** An on/off property (w:b, w:i, ...) is on unless its w:val says false. */
function isOn(tag: Tag): boolean {
  const val = tag.attrs['w:val'];
  return val === undefined || !['false', '0', 'off'].includes(val);
}

/** Applies one run-property element to formatting. */
function applyProperty(format: Formatting, tag: Tag): void {
  switch (tag.name) {
    case 'w:b':
      format.bold = isOn(tag);
      break;
    case 'w:i':
      format.italic = isOn(tag);
      break;
    case 'w:u':
      format.underline = tag.attrs['w:val'] !== 'none';
      break;
    case 'w:smallCaps':
      format.smallCaps = isOn(tag);
      break;
    case 'w:vertAlign':
      format.superscript = tag.attrs['w:val'] === 'superscript';
      format.subscript = tag.attrs['w:val'] === 'subscript';
      break;
  }
}

/** Run formatting of each character style in styles.xml, so bold given by a style counts as bold. */
function readCharacterStyles(stylesXml: string): Map<string, Formatting> {
  const styles = new Map<string, Formatting>();
  let current: Formatting | undefined;
  for (const token of tokenize(stylesXml)) {
    if (typeof token === 'string') continue;
    if (token.name === 'w:style') {
      current = !token.closing && token.attrs['w:type'] === 'character' ? { ...PLAIN } : undefined;
      if (current) styles.set(token.attrs['w:styleId'] ?? '', current);
    } else if (current && !token.closing) applyProperty(current, token);
  }
  return styles;
}

/** Hyperlink relationship ids -> targets. */
function readRelationships(relsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const token of tokenize(relsXml)) {
    if (typeof token !== 'string' && token.name === 'Relationship') {
      targets.set(token.attrs.Id ?? '', token.attrs.Target ?? '');
    }
  }
  return targets;
}

/** Appends a run, merging it into the previous one when the formatting and link are the same. */
function pushRun(runs: DocxRun[], run: DocxRun): void {
  const last = runs.at(-1);
  const same = last !== undefined && last.link === run.link && (Object.keys(PLAIN) as (keyof Formatting)[]).every((k) => last[k] === run[k]);
  if (same) last.text += run.text;
  else if (run.text !== '') runs.push(run);
}

/**
 * Reads a .docx: word/document.xml as text, and its paragraphs with runs. Formatting is the run's
 * own (w:rPr) plus its character style's; paragraph-style formatting (a bold Heading 1) is not
 * counted, so tests see what the writer marked. Tabs read as "\t", breaks as "\n".
 */
export async function readDocx(bytes: Uint8Array): Promise<ReadDocx> {
  const zip = await JSZip.loadAsync(bytes);
  const documentXml = await zip.file('word/document.xml')!.async('string');
  const stylesXml = (await zip.file('word/styles.xml')?.async('string')) ?? '';
  const relsXml = (await zip.file('word/_rels/document.xml.rels')?.async('string')) ?? '';
  const charStyles = readCharacterStyles(stylesXml);
  const targets = readRelationships(relsXml);

  const paragraphs: DocxParagraph[] = [];
  let paragraph: DocxParagraph | undefined;
  let link: string | undefined;
  let run: DocxRun | undefined;
  let inRunProps = false;
  let inText = false;
  for (const token of tokenize(documentXml)) {
    if (typeof token === 'string') {
      if (run && inText) run.text += token;
      continue;
    }
    const opens = !token.closing;
    const closes = token.closing || token.selfClosing;
    if (token.name === 'w:p' && opens) paragraph = { runs: [] };
    if (token.name === 'w:pStyle' && paragraph && !run) paragraph.style = token.attrs['w:val'];
    if (token.name === 'w:hyperlink' && opens) link = targets.get(token.attrs['r:id'] ?? '');
    if (token.name === 'w:r' && opens) run = { text: '', ...PLAIN, ...(link === undefined ? {} : { link }) };
    if (run) {
      if (token.name === 'w:rPr') inRunProps = opens && !token.selfClosing;
      else if (token.name === 'w:rStyle' && inRunProps) Object.assign(run, charStyles.get(token.attrs['w:val'] ?? ''));
      else if (inRunProps && opens) applyProperty(run, token);
      if (token.name === 'w:t') inText = opens && !token.selfClosing;
      if (token.name === 'w:tab' && !inRunProps) run.text += '\t';
      if ((token.name === 'w:br' || token.name === 'w:cr') && !inRunProps) run.text += '\n';
    }
    if (token.name === 'w:r' && closes) {
      if (paragraph && run) pushRun(paragraph.runs, run);
      run = undefined;
    }
    if (token.name === 'w:hyperlink' && closes) link = undefined;
    if (token.name === 'w:p' && closes && paragraph) {
      paragraphs.push(paragraph);
      paragraph = undefined;
    }
  }
  return { documentXml, paragraphs };
}

/** One element per line, indented by depth, text kept beside its w:t; for golden files a reviewer diffs. */
export function prettyPrintXml(xml: string): string {
  const lines: string[] = [];
  let depth = 0;
  const token = /<\/[^>]+>|<[^>]+\/>|<[?!][^>]*>|<[^>]+>|[^<]+/g;
  for (const [piece] of xml.matchAll(token)) {
    const pad = '  '.repeat(depth);
    if (piece.startsWith('</')) {
      depth -= 1;
      const last = lines.at(-1);
      // Keep <w:t>text</w:t> on one line.
      if (last !== undefined && /^\s*<w:t[ >]/.test(last) && !last.includes('</')) lines[lines.length - 1] = last + piece;
      else lines.push('  '.repeat(depth) + piece);
    } else if (!piece.startsWith('<')) {
      lines[lines.length - 1] += piece;
    } else {
      lines.push(pad + piece);
      if (!piece.endsWith('/>') && !/^<[?!]/.test(piece)) depth += 1;
    }
  }
  return `${lines.join('\n')}\n`;
}
