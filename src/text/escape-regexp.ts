/** `text` as a regular expression that matches exactly it: every syntax character escaped (valid with or without the `u` flag). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
