import type { BlockKind, Mark, Run } from '../model/index.js';
import { sameMarks } from '../model/tidy-runs.js';

/** What one rendered entry template says: the reference line, a badge, extra paragraphs. */
export interface ParsedMarkup {
  readonly runs: Run[];
  readonly badge?: string;
  readonly blocks: ReadonlyArray<{ readonly kind: BlockKind; readonly runs: Run[] }>;
  /** Targets of <a> elements that were not http(s) or mailto links: their text is kept, unlinked. */
  readonly droppedLinks: readonly string[];
}

/** Markup a template produced that is not entry markup; the message says what and where. */
export class MarkupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MarkupError';
  }
}

const INLINE: Readonly<Record<string, Mark>> = {
  b: { type: 'bold' },
  i: { type: 'italic' },
  u: { type: 'underline' },
  sc: { type: 'smallCaps' },
  sup: { type: 'superscript' },
  sub: { type: 'subscript' },
  owner: { type: 'owner' },
  bdi: { type: 'isolate' },
};
const BLOCKS: readonly BlockKind[] = ['links', 'award', 'note', 'abstract', 'line', 'citations'];
const ELEMENTS = [...Object.keys(INLINE), 'a', 'badge', ...BLOCKS].join(', ');

/** Links to these schemes only: a template must not smuggle javascript: or file: into a CV. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** True when `href` is an absolute http(s) or mailto URL. */
export function isSafeLink(href: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes character references; a lone `&` is a literal ampersand, as in HTML. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/** A stretch of text; `soft` marks a space that came from the template's own white space. */
interface Piece {
  readonly text: string;
  readonly marks: readonly Mark[];
  readonly soft: boolean;
}

/** Drops the soft spaces HTML would not show (at the ends, after white space) and merges runs. */
function finishRuns(pieces: readonly Piece[]): Run[] {
  const kept: Piece[] = [];
  const lastHard = pieces.findLastIndex((p) => !p.soft);
  for (const [i, piece] of pieces.entries()) {
    if (piece.soft) {
      const before = kept[kept.length - 1]?.text.slice(-1);
      if (before === undefined || /\s/.test(before) || i > lastHard) continue;
    }
    kept.push(piece);
  }
  const runs: Run[] = [];
  for (const piece of kept) {
    const last = runs[runs.length - 1];
    if (last && sameMarks(last.marks, piece.marks)) runs[runs.length - 1] = { text: last.text + piece.text, marks: last.marks };
    else runs.push({ text: piece.text, marks: piece.marks });
  }
  return runs;
}

/** Splits raw text into hard text and soft (collapsed) spaces, references decoded. */
function textPieces(raw: string, marks: readonly Mark[]): Piece[] {
  return raw
    .split(/([ \t\n\r\f]+)/)
    .filter((part) => part !== '')
    .map((part) => (/^[ \t\n\r\f]+$/.test(part) ? { text: ' ', marks, soft: true } : { text: decodeEntities(part), marks, soft: false }));
}

function readAttributes(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of source.matchAll(/([a-z-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/gi)) {
    attributes.set(m[1]!.toLowerCase(), decodeEntities(m[2] ?? m[3] ?? ''));
  }
  return attributes;
}

const TOKEN = /<!--[^]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:\s*=\s*(?:"[^"]*"|'[^']*'))?)*)\s*>|<|[^<]+/g;

/**
 * Parses entry markup: inline <b> <i> <u> <sc> <sup> <sub> <owner> <a href>, a <badge>, and
 * the paragraphs <links> <award> <note> <abstract> <line>, outside of which text is the
 * reference line. White space collapses as in HTML. Anything else throws a MarkupError.
 */
export function parseMarkup(markup: string): ParsedMarkup {
  const main: Piece[] = [];
  const blocks: Array<{ kind: BlockKind; pieces: Piece[] }> = [];
  let block: { kind: BlockKind; pieces: Piece[] } | undefined;
  let badge: string[] | undefined;
  let badgeText: string | undefined;
  const open: Array<{ name: string; mark: Mark | undefined }> = [];
  const droppedLinks: string[] = [];
  const marks = (): Mark[] => open.flatMap((o) => (o.mark ? [o.mark] : []));
  const target = (): Piece[] => block?.pieces ?? main;

  for (const m of markup.matchAll(TOKEN)) {
    const [token, slash, rawName, rawAttributes] = m;
    if (token.startsWith('<!--')) continue;
    if (token === '<') throw new MarkupError(`a "<" that starts no element at "${markup.slice(m.index, m.index + 20)}" (write &lt; for the character)`);
    if (rawName === undefined) {
      if (badge) badge.push(decodeEntities(token));
      // One push per piece: spreading a long text's pieces into one call overflows the stack.
      else for (const piece of textPieces(token, marks())) target().push(piece);
      continue;
    }
    const name = rawName.toLowerCase();
    const closing = slash === '/';
    if (closing) {
      if (name === 'badge' && badge) {
        badgeText = badge.join('').replace(/\s+/g, ' ').trim();
        badge = undefined;
      } else if (block && name === block.kind && open.length === 0) {
        blocks.push(block);
        block = undefined;
      } else if (open[open.length - 1]?.name === name) {
        open.pop();
      } else {
        throw new MarkupError(`</${name}> closes no open <${name}>${open.length > 0 ? ` (<${open[open.length - 1]!.name}> is open)` : ''}`);
      }
      continue;
    }
    if (badge) throw new MarkupError(`<badge> holds plain text only, not <${name}>`);
    if (name in INLINE) {
      open.push({ name, mark: INLINE[name] });
    } else if (name === 'a') {
      const href = readAttributes(rawAttributes ?? '').get('href') ?? '';
      if (!isSafeLink(href)) droppedLinks.push(href);
      open.push({ name, mark: isSafeLink(href) ? { type: 'link', href } : undefined });
    } else if (name === 'badge' || (BLOCKS as readonly string[]).includes(name)) {
      if (block || open.length > 0) throw new MarkupError(`<${name}> inside <${block?.kind ?? open[open.length - 1]!.name}>: it must stand on its own`);
      if (name === 'badge') badge = [];
      else block = { kind: name as BlockKind, pieces: [] };
    } else {
      throw new MarkupError(`unknown element <${name}> (entry markup has ${ELEMENTS})`);
    }
  }
  const unclosed = badge ? 'badge' : block ? block.kind : open[open.length - 1]?.name;
  if (unclosed) throw new MarkupError(`<${unclosed}> is never closed`);
  return {
    runs: finishRuns(main),
    ...(badgeText ? { badge: badgeText } : {}),
    blocks: blocks.map((b) => ({ kind: b.kind, runs: finishRuns(b.pieces) })).filter((b) => b.runs.length > 0),
    droppedLinks,
  };
}
