// Web databases export HTML entities (`Poisson&#39;s`) and, worse, UTF-8 read as Windows-1252 and
// written back as entities (`Dom&#195;&#169;nech` for "Doménech"). Both are repaired only where
// the reading is certain: a known entity, and a byte sequence that is valid UTF-8.

const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00A0',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  laquo: '«',
  raquo: '»',
  euro: '€',
  pound: '£',
  copy: '©',
  reg: '®',
  trade: '™',
  deg: '°',
  plusmn: '±',
  times: '×',
  middot: '·',
  szlig: 'ß',
  aelig: 'æ',
  AElig: 'Æ',
  oelig: 'œ',
  OElig: 'Œ',
  oslash: 'ø',
  Oslash: 'Ø',
  eth: 'ð',
  ETH: 'Ð',
  thorn: 'þ',
  THORN: 'Þ',
  iexcl: '¡',
  iquest: '¿',
  sect: '§',
  para: '¶',
  dagger: '†',
  Dagger: '‡',
  bull: '•',
  prime: '′',
  Prime: '″',
  shy: '',
  zwj: '\u200D',
  zwnj: '\u200C',
  thinsp: '\u2009',
  ensp: '\u2002',
  emsp: '\u2003',
};
// `&eacute;`-style entities: a letter plus an accent.
const ACCENTS: Readonly<Record<string, string>> = {
  acute: '\u0301',
  grave: '\u0300',
  circ: '\u0302',
  uml: '\u0308',
  tilde: '\u0303',
  cedil: '\u0327',
  ring: '\u030A',
  caron: '\u030C',
};
const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z]{2,8}));/g;

// Windows-1252's characters for the bytes 0x80-0x9F (the rest of Latin-1 maps to itself).
const CP1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const CONTINUATION = `\\u0080-\\u00BF${CP1252.replace(/[\u0080-\u009F]/g, '')}`;
const MOJIBAKE = new RegExp(`[\\u00C2-\\u00DF][${CONTINUATION}]|[\\u00E0-\\u00EF][${CONTINUATION}]{2}|[\\u00F0-\\u00F4][${CONTINUATION}]{3}`, 'g');
const DECODER = new TextDecoder('utf-8', { fatal: true });

function decodeEntity(entity: string, decimal?: string, hex?: string, name?: string): string {
  if (decimal !== undefined || hex !== undefined) {
    const code = Number.parseInt(decimal ?? hex ?? '', decimal !== undefined ? 10 : 16);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : entity;
  }
  if (name === undefined) return entity;
  if (Object.hasOwn(NAMED, name)) return NAMED[name] ?? entity;
  const accent = /^([A-Za-z])([a-z]+)$/.exec(name);
  const mark = accent?.[2] !== undefined && Object.hasOwn(ACCENTS, accent[2]) ? ACCENTS[accent[2]] : undefined;
  return mark === undefined ? entity : `${accent?.[1]}${mark}`.normalize('NFC');
}

function byteOf(char: string): number {
  const code = char.charCodeAt(0);
  const index = CP1252.indexOf(char);
  return code <= 0xff ? code : index >= 0 ? 0x80 + index : -1;
}

function undoMojibake(sequence: string): string {
  const bytes = Uint8Array.from([...sequence].map(byteOf));
  try {
    return DECODER.decode(bytes);
  } catch {
    return sequence;
  }
}

/** Decodes HTML entities and undoes UTF-8 that was read as Windows-1252 ("DomÃ©nech" -> "Doménech"). */
export function repairText(text: string): string {
  const decoded = text.includes('&') ? text.replace(ENTITY, decodeEntity) : text;
  return /[\u00C2-\u00F4]/.test(decoded) ? decoded.replace(MOJIBAKE, undoMojibake) : decoded;
}
