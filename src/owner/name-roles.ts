import type { CslItem, CslName } from '../model/record.js';

/** Every CSL name variable: the owner is looked for, and highlighted, in each of them. */
export const NAME_ROLES = [
  'author',
  'editor',
  'translator',
  'collection-editor',
  'container-author',
  'editorial-director',
  'original-author',
  'reviewed-author',
  'chair',
  'compiler',
  'composer',
  'contributor',
  'curator',
  'director',
  'executive-producer',
  'guest',
  'host',
  'illustrator',
  'interviewer',
  'narrator',
  'organizer',
  'performer',
  'producer',
  'recipient',
  'script-writer',
  'series-creator',
] as const;
export type NameRole = (typeof NAME_ROLES)[number];

/** The item's name lists, by role; fields that are not lists of names are left out. */
export function nameLists(item: CslItem): Array<readonly [NameRole, readonly CslName[]]> {
  return NAME_ROLES.flatMap((role) => {
    const names = item[role];
    return Array.isArray(names) ? [[role, names as CslName[]] as const] : [];
  });
}
