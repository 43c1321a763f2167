import Handlebars from 'handlebars';
import { assertNever } from '../model/errors.js';
import type { Mark, Run } from '../model/index.js';

/** One HTML element a mark opens; `key` tells two open elements apart (links by href). */
interface Tag {
  readonly key: string;
  readonly open: string;
  readonly close: string;
}

const escape = Handlebars.escapeExpression;

/** Links to these schemes only: anything else (javascript:, data:, file:) could run or leak. */
const SAFE_SCHEMES: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:']);

/** True when `href` is an absolute http(s) or mailto URL, the only links we write. */
export function isSafeHref(href: string): boolean {
  try {
    return SAFE_SCHEMES.has(new URL(href).protocol);
  } catch {
    return false;
  }
}

/**
 * Outer-to-inner nesting when several marks start together: a link outermost so the whole
 * linked text is one <a>, an isolate next so one <bdi> holds a whole name, the owner next so its
 * span covers its own bold or italic parts.
 */
const NESTING_ORDER: readonly Mark['type'][] = ['link', 'isolate', 'owner', 'bold', 'italic', 'underline', 'smallCaps', 'superscript', 'subscript'];

/** The element a mark becomes, or undefined when it draws nothing (an unsafe link). */
function tagOf(mark: Mark): Tag | undefined {
  switch (mark.type) {
    case 'bold':
      return { key: 'b', open: '<b>', close: '</b>' };
    case 'italic':
      return { key: 'i', open: '<i>', close: '</i>' };
    case 'underline':
      return { key: 'u', open: '<u>', close: '</u>' };
    case 'smallCaps':
      return { key: 'sc', open: '<span class="small-caps">', close: '</span>' };
    case 'superscript':
      return { key: 'sup', open: '<sup>', close: '</sup>' };
    case 'subscript':
      return { key: 'sub', open: '<sub>', close: '</sub>' };
    case 'owner':
      return { key: 'owner', open: '<span class="owner">', close: '</span>' };
    case 'isolate':
      // <bdi> isolates its text and takes the direction of its first strong letter, as FSI does.
      return { key: 'bdi', open: '<bdi>', close: '</bdi>' };
    case 'link':
      if (!isSafeHref(mark.href)) return undefined;
      return { key: `a ${mark.href}`, open: `<a href="${escape(mark.href)}" rel="noopener">`, close: '</a>' };
    default:
      return assertNever(mark);
  }
}

/** The tags of a run's marks in nesting order, without duplicates. */
function tagsOf(marks: readonly Mark[]): Tag[] {
  const rank = (m: Mark): number => NESTING_ORDER.indexOf(m.type);
  const tags: Tag[] = [];
  for (const mark of [...marks].sort((a, b) => rank(a) - rank(b))) {
    const tag = tagOf(mark);
    if (tag && !tags.some((t) => t.key === tag.key)) tags.push(tag);
  }
  return tags;
}

/**
 * Renders runs as escaped inline HTML. Elements stay open across adjacent runs that share
 * them, so "<b>a</b><b><i>b</i></b>" comes out as "<b>a<i>b</i></b>".
 */
export function runsToHtml(runs: readonly Run[]): string {
  const open: Tag[] = [];
  let html = '';
  for (const run of runs) {
    if (run.text === '') continue;
    const wanted = tagsOf(run.marks);
    const wantedKeys = new Set(wanted.map((t) => t.key));
    // Keep the longest prefix of the open stack this run still wants; close the rest.
    let keep = 0;
    while (keep < open.length && wantedKeys.has(open[keep]!.key)) keep++;
    while (open.length > keep) html += open.pop()!.close;
    for (const tag of wanted) {
      if (open.some((t) => t.key === tag.key)) continue;
      open.push(tag);
      html += tag.open;
    }
    html += escape(run.text);
  }
  while (open.length > 0) html += open.pop()!.close;
  return html;
}
