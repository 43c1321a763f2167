/**
 * The text without its inline markup tags (CSL's `<i>`, `<b>`, `<sup>`, `<span class="nocase">`,
 * or HTML), so that only the words are left; `between` takes each tag's place (a space keeps
 * "<i>a</i>b" two words).
 */
export function stripMarkup(text: string, between = ''): string {
  return text.replace(/<[^>]*>/g, between);
}
