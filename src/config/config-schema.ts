import { z } from 'zod';
import { mainExtensions } from '../input/input-format.js';
import { SOURCE_NAMES } from '../enrich/work-source.js';
import { DEFAULT_SETTINGS } from './config-defaults.js';
import { plainSettings, type PlainKey, type PlainValue } from './plain-settings.js';
import { Filters, Numbering, Sections } from './section-schema.js';
import { Overrides } from './override-schema.js';
import { LINK_KINDS, OWNER_ROLES } from '../model/settings.js';
import { ENGLISH_MESSAGES, MESSAGE_KEYS, type MessageKey } from '../model/messages.js';
import { OUTPUT_FORMATS, type OutputFormat } from '../render/writers.js';

// The one description of pubcv.config.yaml: it validates the file (strict: an unknown key is an
// error), types the parsed value, and is turned into pubcv.schema.json for editors.

const D = DEFAULT_SETTINGS;
const Format = z.enum(OUTPUT_FORMATS as readonly [OutputFormat, ...OutputFormat[]]);
const Name = z.string().min(1);
const Path = z.string().min(1);

const Owner = z
  .union([
    Name,
    z.array(Name).min(1),
    z.strictObject({
      name: Name.describe('"Family, Given".'),
      aliases: z.array(Name).optional().describe('Other spellings: initials, a former name.'),
    }),
    z.literal(false),
  ])
  .describe('You, as "Family, Given": highlighted in every author list. A list, or { name, aliases }, adds other spellings; false: a list with no owner.');

const PersonNames = z.union([
  Name,
  z.strictObject({
    name: Name.describe('"Family, Given".'),
    aliases: z.array(Name).optional().describe('Other spellings: initials, a former name.'),
  }),
]);

const PeopleMark = z
  .union([z.enum(['underline', 'dagger', 'double-dagger', 'asterisk', 'section']), z.string().min(1).max(3)])
  .describe('How they are drawn: underline, dagger (†), double-dagger (‡), asterisk (*), section (§), or a symbol of your own, after the name.');

const People = z
  .union([
    z.array(PersonNames),
    z.strictObject({
      names: z.array(PersonNames).optional().describe('The people, as "Family, Given" or { name, aliases }.'),
      file: Path.optional().describe('A file of more names, one person a line, relative to this file (--mark-people).'),
      mark: PeopleMark.optional().meta({ default: D.people.mark }),
      legend: z.string().min(1).optional().describe('The legend\'s text (default: "Members of the group" in the build\'s language, `messages.legend.people`).'),
    }),
  ])
  .describe(
    "Other people to mark in author lists (students, postdocs, lab members): a list of names, matched like the owner's, or { names, file, mark, legend }. The owner's highlight wins over it.",
  );

const OwnerOnly = z
  .union([z.boolean(), z.array(z.enum(OWNER_ROLES)).min(1)])
  .describe("Keep only the owner's entries: true (those the owner is an author of), or the name lists that count (author, editor).");

const Page = z
  .strictObject({
    size: z.enum(['A4', 'Letter']).optional().meta({ default: D.layout.pageSize }).describe('Paper of PDF and DOCX.'),
    margins: z
      .union([z.number().positive(), z.string().regex(/^\s*\d+(?:\.\d+)?\s*(?:mm|cm|in|pt)\s*$/, { error: 'a length such as 20mm, 2cm, 0.75in or 54pt' })])
      .optional()
      .meta({ default: `${D.layout.marginMm}mm` })
      .describe('One margin on all four sides: 20mm, 2cm, 0.75in, 54pt, or a number of millimetres.'),
    font: z.enum(['serif', 'sans']).optional().meta({ default: D.layout.font }).describe('Typeface: Noto Serif / Times New Roman, or Noto Sans / Arial.'),
  })
  .describe('Page setup of PDF and DOCX.');

const Header = z
  .strictObject({
    title: z.string().optional().describe('The heading of the list (default: "Publications" in the build\'s language, `messages.document.title`).'),
    subtitle: z.string().optional().describe('A line under the title.'),
    updated: z.boolean().optional().meta({ default: D.header.updated }).describe('Print "Updated <date>" (SOURCE_DATE_EPOCH when set, else the build date).'),
  })
  .describe('The header above the list.');

const Citations = z
  .union([
    z.boolean(),
    z.strictObject({
      entries: z.boolean().optional().meta({ default: D.citations.entries }).describe('"Cited by N" under each entry, linking to the work at OpenAlex.'),
      summary: z.boolean().optional().meta({ default: D.citations.summary }).describe('Total citations, h-index and i10-index under the header.'),
      'max-age': z
        .number()
        .int()
        .min(1)
        .optional()
        .meta({ default: D.citations.maxAge })
        .describe('Days after which `pubcv check` notes that a count is old (run `pubcv enrich --citations`).'),
    }),
  ])
  .describe('Citation counts recorded by `pubcv enrich --citations`: true shows them under entries and as a summary.');

const Messages = z
  .strictObject(
    Object.fromEntries(MESSAGE_KEYS.map((key) => [key, z.string().optional().meta({ default: ENGLISH_MESSAGES[key] })])) as Record<
      MessageKey,
      z.ZodOptional<z.ZodString>
    >,
  )
  .describe(
    'Texts pubcv writes, replacing its own in every language (see README, Languages): { "document.title": "Selected publications", "link.code": "Source" }. `{name}` placeholders are filled in.',
  );

const KIND_TYPES = { text: Name, path: Path, style: Name, url: z.url(), boolean: z.boolean() };

/** The zod type of each plain setting (plain-settings.ts), optional, with its default and description. */
function plainShape(): { [K in PlainKey]: z.ZodOptional<z.ZodType<PlainValue<K>>> } {
  const shape = plainSettings().map(([key, { kind, default: value, description }]) => {
    const type = typeof kind === 'string' ? KIND_TYPES[kind] : z.enum(kind);
    const optional = type.optional();
    return [key, (value === undefined ? optional : optional.meta({ default: value })).describe(description)];
  });
  return Object.fromEntries(shape) as { [K in PlainKey]: z.ZodOptional<z.ZodType<PlainValue<K>>> };
}

/** Every setting a profile may change: the whole config but `profiles`. */
const settings = {
  owner: Owner.optional(),
  'owner-only': OwnerOnly.optional().meta({ default: false }),
  people: People.optional(),
  inputs: z
    .union([Path, z.array(Path)])
    .optional()
    .describe(`Bibliographies (${mainExtensions().join(' ')}), relative to this file. Inputs given on the command line replace them.`),
  ...plainShape(),
  formats: z
    .union([Format, z.array(Format).min(1)])
    .optional()
    .meta({ default: D.formats })
    .describe('What to write.'),
  sections: Sections.optional(),
  numbering: Numbering.optional(),
  filters: Filters.optional(),
  links: z
    .union([z.boolean(), z.array(z.enum(LINK_KINDS))])
    .optional()
    .meta({ default: true })
    .describe('Links drawn after each entry: true (all), false (none), or the kinds to show, in order.'),
  abstracts: z
    .union([z.boolean(), z.array(Format)])
    .optional()
    .meta({ default: D.abstracts })
    .describe('Show abstracts: true (every format), false, or the formats (default: html, collapsed).'),
  page: Page.optional(),
  header: Header.optional(),
  messages: Messages.optional(),
  citations: Citations.optional(),
  'max-authors': z.number().int().min(1).optional().describe('Cut author lists longer than N to N names and "et al.", keeping the owner.'),
  'all-authors': z.boolean().optional().describe("Never cut author lists (the style's et-al rule is off)."),
  overrides: Overrides.optional(),
  lock: z
    .union([z.boolean(), Path])
    .optional()
    .meta({ default: true })
    .describe(
      'The lock file `pubcv enrich` writes and every build fills entries from: true (pubcv.lock.json next to this file), false (none), or a path relative to this file.',
    ),
};

const Endpoint = z.url();

const Enrich = z
  .strictObject({
    contact: z
      .email()
      .optional()
      .describe(
        "Your e-mail address, sent in the User-Agent (and to Crossref as mailto): APIs' polite pools answer faster and write to you, not block you, if something goes wrong.",
      ),
    sources: z
      .array(z.enum(SOURCE_NAMES))
      .min(1)
      .optional()
      .meta({ default: [...SOURCE_NAMES] })
      .describe('The APIs to ask, in order; the first confident match wins.'),
    endpoints: z
      .strictObject({
        crossref: Endpoint.optional(),
        openalex: Endpoint.optional(),
        dblp: Endpoint.optional(),
        arxiv: Endpoint.optional(),
        doi: Endpoint.optional(),
        orcid: Endpoint.optional(),
      })
      .optional()
      .describe('Base URLs of the APIs, for mirrors and proxies (the PUBCV_<NAME>_URL environment variables override them).'),
    timeout: z.number().positive().max(300).optional().meta({ default: 10 }).describe('Seconds to wait for one answer before retrying.'),
  })
  .describe('`pubcv enrich` and `pubcv import`: how they ask the open scholarly APIs.');

function noAuthorConflict(value: { 'max-authors'?: number | undefined; 'all-authors'?: boolean | undefined }, ctx: z.RefinementCtx): void {
  if (value['max-authors'] !== undefined && value['all-authors'] === true) {
    ctx.addIssue({ code: 'custom', path: ['all-authors'], message: 'all-authors and max-authors cannot both be set: keep one' });
  }
}

/** One profile: any settings, over the file's own. */
const ProfileSchema = z
  .strictObject(settings)
  .superRefine(noAuthorConflict)
  .describe("A CV variant: settings that replace the file's own (objects are merged, lists replaced).");

/** pubcv.config.yaml. */
export const ConfigSchema = z
  .strictObject({
    $schema: z.string().optional().describe('The JSON Schema of this file, for editors.'),
    ...settings,
    enrich: Enrich.optional(),
    profiles: z
      .record(z.string().regex(/^[\w-]+$/, { error: 'a profile name is letters, digits, - and _' }), ProfileSchema)
      .optional()
      .describe('Named CV variants, chosen with --profile NAME: { short: { filters: { selected: true } }, full: {} }.'),
  })
  .superRefine(noAuthorConflict)
  .describe('pubcv configuration (pubcv.config.yaml): command-line flags override it.');

/** The config file as written (validated). */
export type ConfigFile = z.infer<typeof ConfigSchema>;
/** The `enrich:` settings as written. */
export type EnrichConfig = z.infer<typeof Enrich>;
/** One profile as written. */
export type ConfigProfile = z.infer<typeof ProfileSchema>;
