import type { CslItem } from '../model/record.js';

// A library catalog's own database path, which Zotero's catalog translators (WorldCat over Z39.50)
// leave in the Archive field: "/z-wcorg/". Styles print `archive` as where the work is kept (APA:
// "Publisher; /z-wcorg/."), so such a path is no archive. An archive names a place: it has letters
// and is not a single token between slashes.
const DATABASE_PATH = /^\/[^\s/]+\/$/;

/** The item without an `archive` that is a catalog's database path; the same item otherwise. */
export function dropCatalogArchive(item: CslItem): CslItem {
  const archive = (item as Record<string, unknown>).archive;
  if (typeof archive !== 'string' || !DATABASE_PATH.test(archive.trim())) return item;
  const rest: Record<string, unknown> = { ...item };
  delete rest.archive;
  return rest as unknown as CslItem;
}
