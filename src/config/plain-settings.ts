import { HIGHLIGHT_STYLES } from '../model/document.js';

// The settings whose value in the config file is their value in `Settings` (a name, a path, a
// switch, one of a few words), each declared once, here: its config key, what its value is, its
// description, its default and its flag. The config schema, `Settings`, the defaults, the config
// layer, and `pubcv build`'s flags and their layer are all made from this table, so a new one of
// them is a row here, the stage that reads it, and README. Settings whose config value must be
// taken apart (owner, page, sections, citations, ...) are mapped by hand in config-layer.ts.
//
// Plain data, without zod: the CLI registers the flags from it at start-up, before any command
// has loaded the config schema (config-schema.ts turns each kind into its zod type).

/**
 * What a plain setting's value is: `text` (not empty), `path` (a file or folder, relative to the
 * config file's folder), `style` (a style's short name, or a .csl file relative to the config
 * file's folder), `url`, `boolean`, or one of the words listed.
 */
export type PlainKind = 'text' | 'path' | 'style' | 'url' | 'boolean' | readonly [string, ...string[]];

/** The flag of `pubcv build` that sets a plain setting. */
export interface PlainFlag {
  /** The flag's name when it is not the config key (`--out` for `output`). */
  readonly name?: string;
  readonly alias?: string;
  /** The help text, with the default in brackets where there is one. */
  readonly describe: string;
  /** Why a value given is refused (a usage error); undefined when it is fine. */
  readonly refuse?: (value: string) => string | undefined;
}

/** One plain setting. */
export interface PlainSetting {
  readonly kind: PlainKind;
  /** Its value when nobody set it; undefined: it has none, and `Settings` says what absence means. */
  readonly default: string | boolean | undefined;
  /** The config key's description, in pubcv.schema.json. */
  readonly description: string;
  readonly flag?: PlainFlag;
}

/** True for an absolute http(s) URL, the only kind a link base can make links of. */
function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && /^https?:$/.test(new URL(text).protocol);
}

/** The plain settings by config key, in the order the schema and `pubcv build --help` list them. */
export const PLAIN_SETTINGS = {
  style: {
    kind: 'style',
    default: 'apa',
    description: 'CSL style: a short name (apa, ieee, nature; `pubcv styles`) or a .csl file.',
    flag: { alias: 's', describe: 'CSL style: a short name (ieee, nature, chicago-author-date; see `pubcv styles`) or a .csl file [default: apa]' },
  },
  locale: {
    kind: 'text',
    default: undefined,
    description: "CSL locale: en-GB, de-DE, ... (default: the style's).",
    flag: { alias: 'lang', describe: "CSL locale of terms, dates and pubcv's own texts, e.g. en-GB, de-DE (`pubcv styles --locales`)" },
  },
  output: {
    kind: 'path',
    default: 'output',
    description: 'Output folder, relative to this file: <output>/publications.<format>.',
    flag: { name: 'out', alias: 'o', describe: 'output folder [default: output]' },
  },
  highlight: {
    kind: HIGHLIGHT_STYLES,
    default: 'bold',
    description: "How the owner's name is drawn.",
    flag: { describe: "how the owner's name is drawn [default: bold]" },
  },
  'link-base': {
    kind: 'url',
    default: undefined,
    description: "Base URL for site-relative link files (al-folio's pdf = {paper.pdf}), e.g. https://me.github.io/assets/pdf/.",
    flag: {
      describe: "base URL for site-relative link files (al-folio's pdf = {paper.pdf}), e.g. https://me.github.io/assets/pdf/",
      refuse: (value) => (isHttpUrl(value) ? undefined : `--link-base must be an http(s) URL such as https://me.github.io/assets/pdf/, not "${value}"`),
    },
  },
  notes: {
    kind: 'boolean',
    default: true,
    description: "Print records' notes where the CSL style prints a note; false: never.",
    flag: { describe: "print records' notes where the style prints a note; --no-notes never [default: true]" },
  },
  'json-ld': {
    kind: 'boolean',
    default: false,
    description: 'Add a schema.org JSON-LD description of every entry to the HTML.',
    flag: { describe: 'add schema.org JSON-LD describing every entry to the HTML' },
  },
  theme: {
    kind: 'text',
    default: 'default',
    description: 'Template theme: default, compact, or fragment (HTML without the page shell).',
    flag: { describe: 'template theme: default, compact (one paragraph per paper), fragment (HTML without the page shell) [default: default]' },
  },
  templates: {
    kind: 'path',
    default: undefined,
    description: 'A folder of templates overriding the theme file by file, relative to this file.',
    flag: { name: 'template', describe: "folder of templates that replace the theme's, file by file (entry.hbs, heading.hbs, page.hbs, style.css, ...)" },
  },
  'year-suffix': {
    kind: 'boolean',
    // Off: a CV has no in-text citations to tell apart.
    default: false,
    description: 'Keep the style\'s "2025a/2025b" year suffixes.',
    flag: { describe: 'keep the style\'s "2025a/2025b" year suffixes' },
  },
  marks: {
    kind: 'path',
    default: undefined,
    description: 'Contribution marks file (co-first, equal, corresponding, student), relative to this file.',
    flag: { describe: 'YAML file of contribution marks (co-first, equal, corresponding, student) by entry id or DOI' },
  },
  cache: {
    kind: 'boolean',
    default: true,
    description: 'Reuse entries formatted by earlier builds (<output>/.pubcv-cache/).',
    flag: { describe: 'reuse entries formatted by earlier builds (OUT/.pubcv-cache/); --no-cache formats all [default: true]' },
  },
} as const satisfies Record<string, PlainSetting>;

/** A plain setting's config key. */
export type PlainKey = keyof typeof PLAIN_SETTINGS;

/** `year-suffix` -> `yearSuffix`: a config key as a `Settings` field. */
type CamelCase<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<CamelCase<Tail>>}` : S;

/** The value a kind stands for. */
type KindValue<K extends PlainKind> = K extends 'boolean' ? boolean : K extends readonly (infer Word)[] ? Word : string;

/** What a plain setting's value is, in the config file and on the command line. */
export type PlainValue<K extends PlainKey> = KindValue<(typeof PLAIN_SETTINGS)[K]['kind']>;

/** The fields of `Settings` the plain settings make, named in camelCase (`yearSuffix`): undefined only when one has no default. */
export type PlainSettings = {
  readonly [K in PlainKey as CamelCase<K>]: (typeof PLAIN_SETTINGS)[K]['default'] extends undefined ? PlainValue<K> | undefined : PlainValue<K>;
};

/** The `Settings` field of a config key. */
export function settingName(key: string): string {
  return key.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

/** Every plain setting, with its key. */
export function plainSettings(): Array<readonly [PlainKey, PlainSetting]> {
  return Object.entries(PLAIN_SETTINGS) as Array<[PlainKey, PlainSetting]>;
}

/** The plain settings' defaults, for the resolver. */
export function plainDefaults(): PlainSettings {
  return Object.fromEntries(plainSettings().map(([key, setting]) => [settingName(key), setting.default])) as PlainSettings;
}

/** Whether a value of this kind is a path, relative to the config file's folder (a style only when it is a .csl file). */
function isPath(kind: PlainKind, value: string): boolean {
  return kind === 'path' || (kind === 'style' && /\.csl$/i.test(value));
}

/**
 * The plain settings a config file (or profile) sets, by `Settings` field; `rebase` makes a path
 * in it relative to the file's folder. Undefined: not set there.
 */
export function plainConfigLayer(config: Readonly<Record<string, unknown>>, rebase: (path: string) => string): Partial<PlainSettings> {
  return Object.fromEntries(
    plainSettings().map(([key, setting]) => {
      const value = config[key];
      return [settingName(key), typeof value === 'string' && isPath(setting.kind, value) ? rebase(value) : value];
    }),
  ) as Partial<PlainSettings>;
}
