import { nameMarker, unwrapOwnerPart } from './owner-sentinel.js';
import type { ContributionRole, CslItem, CslName } from '../model/record.js';
import { wrapName } from './mark-owner-names.js';

/**
 * What a tagged name is: the owner, a co-author with contribution roles, one of the people to
 * mark (`people:`), a name written against the document's direction (to isolate), or several of these.
 */
export interface NameTag {
  readonly owner: boolean;
  readonly roles: readonly ContributionRole[];
  readonly person?: boolean;
  readonly isolate?: boolean;
}

const PARTS = ['family', 'given', 'non-dropping-particle', 'dropping-particle', 'suffix', 'literal'] as const;

/** The name without the owner tag markOwnerNames put on it, and whether it had one. */
export function untagName(name: CslName): { readonly name: CslName; readonly owner: boolean } {
  const carrier = name.family ?? name.literal ?? name.given;
  if (carrier === undefined || unwrapOwnerPart(carrier) === undefined) return { name, owner: false };
  const plain: CslName = { ...name };
  for (const part of PARTS) {
    const value = name[part];
    if (typeof value === 'string') plain[part] = unwrapOwnerPart(value) ?? value;
  }
  return { name: plain, owner: true };
}

/** The name's parts as one text, to tell which way it is written. */
export function nameText(name: CslName): string {
  return PARTS.map((part) => name[part])
    .filter((value): value is string => typeof value === 'string')
    .join(' ');
}

/** The name with its table number riding on the family name (or the literal, or the given name). */
function withMarker(name: CslName, id: number): CslName {
  const part = name.family !== undefined ? 'family' : name.literal !== undefined ? 'literal' : 'given';
  return { ...name, [part]: `${name[part] ?? ''}${nameMarker(id)}` };
}

/** One name in a list about to be formatted: the name, and its tag if it needs one. */
export interface ListedName {
  readonly name: CslName;
  readonly tag?: NameTag;
}

/**
 * Tags the names that need finding after formatting (the owner, co-authors with roles, people to mark):
 * every part wrapped in the owner tag, alternating between consecutive tagged names, and the
 * name's number in `tags` on its family name. Returns the item's new lists and the tag table.
 */
export function tagNames(item: CslItem, lists: Partial<Record<'author' | 'editor', readonly ListedName[]>>): { item: CslItem; tags: NameTag[] } {
  const tags: NameTag[] = [];
  const out: CslItem = { ...item };
  for (const role of ['author', 'editor'] as const) {
    const list = lists[role];
    if (!list) continue;
    out[role] = list.map(({ name, tag }) => {
      if (!tag) return name;
      tags.push(tag);
      const id = tags.length - 1;
      return wrapName(withMarker(name, id), id);
    });
  }
  return { item: out, tags };
}
