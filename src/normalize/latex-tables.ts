import { createRequire } from 'node:module';

/** A CSL inline format that a LaTeX command can ask for. */
export type LatexFormat = 'italics' | 'bold' | 'superscript' | 'subscript' | 'smallcaps' | 'nocase' | 'quotes';

interface CitationJsBibtexConstants {
  diacritics: Record<string, string>;
  commands: Record<string, string | null>;
  mathCommands: Record<string, string>;
  formattingCommands: Record<string, LatexFormat | undefined>;
  formattingEnvs: Record<string, LatexFormat | undefined>;
  formatting: Record<LatexFormat, [string, string]>;
}

// Reused, not rewritten: the command -> Unicode tables (unicode.json: diacritics, text symbols, Greek)
// and the formatting tables of @citation-js/plugin-bibtex 0.8.2, the converter our BibTeX reader
// relies on, so plain lists and .bib files agree. constants.js is a side-effect-free data module
// (it does not register the plugin); the package ships no types, hence require + our own interface.
const citationJs = createRequire(import.meta.url)(
  '@citation-js/plugin-bibtex/lib/input/constants.js',
) as CitationJsBibtexConstants;

/** Accent commands (`\'`, `\"`, `\v`, ...) -> the combining mark they add. */
export const diacritics: Readonly<Record<string, string>> = citationJs.diacritics;

/** `\emph{x}`-style commands -> format (undefined: plain text, e.g. `\texttt`). */
export const formattingCommands: Readonly<Record<string, LatexFormat | undefined>> = {
  ...citationJs.formattingCommands,
  textnormal: undefined,
  mathnormal: undefined,
  mbox: undefined,
  hbox: undefined,
  text: undefined,
  textrm: undefined,
  mathrm: undefined,
  mathit: undefined,
  mathsf: undefined,
  mathtt: undefined,
  mathcal: undefined,
  operatorname: undefined,
  underline: undefined,
  uline: undefined,
  mathbf: 'bold',
  boldsymbol: 'bold',
  bm: 'bold',
};

/** `{\bf x}`-style switches -> format for the rest of the group. */
export const formattingSwitches: Readonly<Record<string, LatexFormat | undefined>> = citationJs.formattingEnvs;

/** CSL's inline HTML for each format; quotes become curly quotes. */
export const formatMarkup: Readonly<Record<LatexFormat, readonly [string, string]>> = citationJs.formatting;

// Journal macros of the AAS (aas_macros.sty) that NASA ADS exports write as `journal = {\apj}`;
// outside AAS styles they are undefined, so we expand them to the abbreviations those styles print.
const AAS_JOURNALS: Readonly<Record<string, string>> = {
  aj: 'AJ', actaa: 'Acta Astron.', araa: 'ARA&A', apj: 'ApJ', apjl: 'ApJL', apjs: 'ApJS', ao: 'Appl. Opt.',
  apss: 'Ap&SS', aap: 'A&A', aapr: 'A&A Rev.', aaps: 'A&AS', azh: 'AZh', baas: 'BAAS', caa: 'Chinese Astron. Astrophys.',
  cjaa: 'Chinese J. Astron. Astrophys.', icarus: 'Icarus', jcap: 'J. Cosmology Astropart. Phys.', jrasc: 'JRASC',
  memras: 'MmRAS', mnras: 'MNRAS', na: 'New A', nar: 'New A Rev.', nat: 'Nature', pra: 'Phys. Rev. A',
  prb: 'Phys. Rev. B', prc: 'Phys. Rev. C', prd: 'Phys. Rev. D', pre: 'Phys. Rev. E', prl: 'Phys. Rev. Lett.',
  pasa: 'PASA', pasp: 'PASP', pasj: 'PASJ', psj: 'PSJ', qjras: 'QJRAS', rmxaa: 'Rev. Mexicana Astron. Astrofis.',
  skytel: 'S&T', solphys: 'Sol. Phys.', sovast: 'Soviet Ast.', ssr: 'Space Sci. Rev.', zap: 'ZAp',
  iaucirc: 'IAU Circ.', aplett: 'Astrophys. Lett.', gca: 'Geochim. Cosmochim. Acta', grl: 'Geophys. Res. Lett.',
  jcp: 'J. Chem. Phys.', jgr: 'J. Geophys. Res.', memsai: 'Mem. Soc. Astron. Italiana', physrep: 'Phys. Rep.',
  physscr: 'Phys. Scr', planss: 'Planet. Space Sci.', procspie: 'Proc. SPIE',
};

/** Argument-less text commands -> Unicode (citation-js's table plus a few it lacks). */
export const textSymbols: Readonly<Record<string, string>> = {
  ...AAS_JOURNALS,
  ...Object.fromEntries(
    Object.entries(citationJs.commands).filter((entry): entry is [string, string] => typeof entry[1] === 'string'),
  ),
  aa: 'å', AA: 'Å', ldots: '…', dots: '…', textellipsis: '…', LaTeX: 'LaTeX', TeX: 'TeX', BibTeX: 'BibTeX',
  LaTeXe: 'LaTeX2ε', pounds: '£', S: '§', P: '¶', dag: '†', ddag: '‡', textasciitilde: '~',
  '&': '&', '%': '%', $: '$', '#': '#', _: '_', '{': '{', '}': '}', ' ': ' ', '\\': ' ',
  ',': '\u2009', ';': ' ', ':': ' ', '!': '', '-': '', '/': '', '@': '', quad: ' ', qquad: ' ', enspace: ' ',
  nobreakspace: '\u00A0', newline: ' ', linebreak: ' ', par: ' ', slash: '/', textslash: '/', checkmark: '✓',
};

/** Math commands -> Unicode: citation-js's Greek letters plus common operators and relations. */
export const mathSymbols: Readonly<Record<string, string>> = {
  ...citationJs.mathCommands,
  ...textSymbols,
  varkappa: 'ϰ', digamma: 'ϝ', times: '×', cdot: '·', cdotp: '·', pm: '±', mp: '∓', div: '÷', ast: '∗', star: '⋆',
  circ: '∘', bullet: '•', oplus: '⊕', otimes: '⊗', leq: '≤', le: '≤', geq: '≥', ge: '≥', neq: '≠', ne: '≠',
  approx: '≈', sim: '∼', simeq: '≃', cong: '≅', equiv: '≡', propto: '∝', ll: '≪', gg: '≫', lesssim: '≲',
  gtrsim: '≳', lessapprox: '⪅', gtrapprox: '⪆', infty: '∞', ell: 'ℓ', hbar: 'ℏ', partial: '∂', nabla: '∇',
  sum: '∑', prod: '∏', int: '∫', oint: '∮', sqrt: '√', to: '→', rightarrow: '→', leftarrow: '←', gets: '←',
  leftrightarrow: '↔', Rightarrow: '⇒', Leftarrow: '⇐', Leftrightarrow: '⇔', implies: '⇒', iff: '⇔',
  mapsto: '↦', uparrow: '↑', downarrow: '↓', in: '∈', notin: '∉', ni: '∋', subset: '⊂', subseteq: '⊆',
  supset: '⊃', supseteq: '⊇', cup: '∪', cap: '∩', setminus: '∖', emptyset: '∅', varnothing: '∅',
  forall: '∀', exists: '∃', neg: '¬', lnot: '¬', land: '∧', wedge: '∧', lor: '∨', vee: '∨', perp: '⊥',
  bot: '⊥', top: '⊤', parallel: '∥', mid: '∣', vdash: '⊢', models: '⊨', angle: '∠', triangle: '△',
  cdots: '⋯', vdots: '⋮', ddots: '⋱', prime: '′', langle: '⟨', rangle: '⟩', lfloor: '⌊', rfloor: '⌋',
  lceil: '⌈', rceil: '⌉', vert: '|', lvert: '|', rvert: '|', Vert: '‖', '|': '‖', Re: 'ℜ', Im: 'ℑ',
  aleph: 'ℵ', wp: '℘', deg: '°', colon: ':', backslash: '\\', surd: '√',
  log: 'log', ln: 'ln', exp: 'exp', sin: 'sin', cos: 'cos', tan: 'tan', max: 'max', min: 'min',
  arg: 'arg', det: 'det', lim: 'lim', sup: 'sup', inf: 'inf', Pr: 'Pr', dim: 'dim', ker: 'ker',
};

/** Math accents over one symbol (`\hat{x}`) -> combining mark. */
export const mathAccents: Readonly<Record<string, string>> = {
  hat: '\u0302', widehat: '\u0302', tilde: '\u0303', widetilde: '\u0303', bar: '\u0304', overline: '\u0305',
  vec: '\u20D7', dot: '\u0307', ddot: '\u0308', acute: '\u0301', grave: '\u0300', check: '\u030C', breve: '\u0306',
};

/** `\mathbb{R}` letters that Unicode has as double-struck symbols. */
export const blackboardLetters: Readonly<Record<string, string>> = {
  C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ', E: '𝔼', '1': '𝟙',
};

/** Commands whose arguments carry no title text (references, spacing, notes): dropped with them. */
export const commandsDroppingArguments: ReadonlySet<string> = new Set([
  'label', 'ref', 'eqref', 'pageref', 'cite', 'citep', 'citet', 'citealp', 'citeauthor', 'citeyear',
  'footnote', 'thanks', 'index', 'vspace', 'hspace', 'phantom', 'hphantom', 'vphantom', 'end',
  'color', 'pdfbookmark',
]);
