import { z } from 'zod';
import { CSL_DATE_VARIABLES, CSL_ITEM_KEYS, CSL_NAME_VARIABLES, CSL_TYPES } from '../model/csl-variables.js';
import { ENTRY_KINDS } from '../model/settings.js';

// `overrides:` — corrections of single entries, by id, that leave the bibliography as it is. The
// keys are pubcv's own (kind, section, selected, and the short names venue and year) and every
// CSL variable by its CSL-JSON name, each typed, so a misspelt key is an error with a did-you-mean.

/** A date as written in the config: a year (2019), or ISO "2019-06" / "2019-06-17". */
const DateValue = z.union([
  z.number().int().min(0).max(9999),
  z.string().regex(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/, { error: 'a date as 2019, "2019-06" or "2019-06-17"' }),
]);

/** Names as "Family, Given" (a name without a comma is kept whole, as an organization's). */
const Names = z.array(z.string().min(1));

const Text = z.union([z.string(), z.number()]);

/** Keys a CSL item has that an override does not set: its id, its type (set as `type` below) and pubcv's own data. */
const NOT_OVERRIDDEN = new Set(['id', 'type', 'custom', 'categories', 'citation-key']);

const cslVariables = (): Record<string, z.ZodType> => {
  const fields: Record<string, z.ZodType> = {};
  for (const key of [...CSL_ITEM_KEYS].sort()) {
    if (NOT_OVERRIDDEN.has(key)) continue;
    const value = CSL_NAME_VARIABLES.includes(key) ? Names : CSL_DATE_VARIABLES.includes(key) ? DateValue : Text;
    fields[key] = value.nullable().optional();
  }
  return fields;
};

/** One entry's corrections. */
const EntryOverrideSchema = z
  .strictObject({
    kind: z
      .enum(ENTRY_KINDS)
      .optional()
      .describe(
        'What the entry is listed as: its section by type and type filters; the CSL type follows (conference: paper-conference) unless `type` is given.',
      ),
    section: z.string().min(1).optional().describe('The id of a section of sections.list (by: custom) that takes the entry, before any other section.'),
    selected: z.boolean().optional().describe('Mark the entry selected (filters.selected), or not.'),
    type: z
      .enum([...CSL_TYPES] as [string, ...string[]])
      .optional()
      .describe('The CSL type the style formats the entry as: article-journal, paper-conference, chapter, thesis, ...'),
    venue: Text.nullable().optional().describe('The journal, proceedings or book the entry is in: CSL container-title.'),
    year: DateValue.nullable().optional().describe('When it was published: CSL issued, as 2019, "2019-06" or "2019-06-17".'),
    ...cslVariables(),
  })
  .superRefine((value, ctx) => {
    for (const [short, csl] of [
      ['venue', 'container-title'],
      ['year', 'issued'],
    ] as const) {
      if (value[short] !== undefined && (value as Record<string, unknown>)[csl] !== undefined)
        ctx.addIssue({ code: 'custom', path: [short], message: `${short} and ${csl} are one field: keep one` });
    }
  })
  .describe(
    'Corrections of one entry; null removes a field. Other keys are CSL-JSON variables by name (title, DOI, URL, note, author: ["Family, Given"], ...).',
  );

/** `overrides:` — corrections by entry id (citation key). */
export const Overrides = z
  .record(z.string().min(1), EntryOverrideSchema)
  .describe(
    "Corrections of entries by id (citation key), without editing the bibliography: { smith2020: { kind: conference, venue: CVPR } }. They win over the lock file's.",
  );

/** `overrides:` as written. */
export type OverridesConfig = z.infer<typeof Overrides>;
