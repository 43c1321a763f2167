// Bibliographies saved on Windows are often UTF-16 (Notepad's "Unicode", some EndNote and Excel
// exports) or UTF-8 with a byte-order mark. Read as plain UTF-8, the first is a string of NULs in
// which no reader finds an entry, and the mark breaks YAML and JSON parsers. The mark says which
// encoding it is; without one the text is UTF-8.

/** The text of a file's bytes, decoded by its byte-order mark (UTF-8, UTF-16 LE or BE; none: UTF-8), the mark removed. */
export function decodeText(bytes: Uint8Array): string {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (b0 === 0xfe && b1 === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}
