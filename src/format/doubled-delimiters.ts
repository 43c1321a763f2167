/**
 * citeproc's HTML without a delimiter printed twice around a part the entry lacks. Chicago gives
 * an article's series the affixes ", " and ", " and the date after it the prefix ", ": with no
 * volume between them citeproc-js prints "Software Engineering, FSE, , July" (the record is valid
 * CSL: `collection-title` belongs on an article). The style, not the record, is at fault, and
 * citeproc-js does not merge affixes of neighbouring elements, so the repeat is removed here.
 */
export function dropDoubledDelimiters(html: string): string {
  return html.includes(', ,') ? html.replace(/, ,(?= )/g, ',') : html;
}
