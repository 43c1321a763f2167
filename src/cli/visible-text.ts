// Text pubcv prints comes partly from the user's files (source lines, keys, titles, server
// answers). Escape and control sequences in it would reach the terminal or the CI log as commands
// (clear the screen, set the title, write the clipboard with OSC 52), and bidirectional overrides
// would reorder what is shown. They are printed as visible escapes instead.

/** C0 controls but tab and newline, DEL, C1 controls, and the bidirectional embedding, override and isolate characters. */
const HIDDEN = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function escapeOf(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
}

/** `text` with every control character shown as `\x1b` (or `\u{202e}`); tab and newline kept. */
export function showControls(text: string): string {
  return text.replace(HIDDEN, escapeOf);
}
