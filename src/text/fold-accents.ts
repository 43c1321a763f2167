/**
 * Letters Unicode does not decompose into a base letter and a mark, spelled the way a reader
 * folds them (lower case only: callers fold case first).
 */
const PLAIN_SPELLING: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * The text without accents or other combining marks: "Müller" -> "Muller". With `compatibility`,
 * compatibility characters are spelled out first (NFKD: "ﬁ" -> "fi", "²" -> "2", full-width
 * letters -> ASCII); without, they stay (NFD). Case is kept.
 */
export function foldAccents(text: string, { compatibility = false }: { compatibility?: boolean } = {}): string {
  return text.normalize(compatibility ? 'NFKD' : 'NFD').replace(/\p{M}+/gu, '');
}

/** The lower-case letters with no decomposition (ß, æ, œ, ø, ł, đ, ð, þ, dotless ı) in plain letters: "łoś" -> "loś". */
export function spellPlainLetters(text: string): string {
  return text.replace(/[ßæœøłđðþı]/g, (char) => PLAIN_SPELLING[char] ?? char);
}
