export type { Mark, MarkType, Run } from './marks.js';
export { hasMark, linkOf, plainText } from './marks.js';
export type { Document, Entry, HighlightStyle, Section, SourcePosition } from './document.js';
export { highlightMarks, type HighlightMark } from './document.js';
export { blockShownIn, headingRuns, type BlockKind, type EntryBlock } from './extras.js';
export { nestRuns, type RunNode } from './nest-runs.js';
export { DEFAULT_LAYOUT, type FontFamily, type PageLayout, type PageSize } from './layout.js';
export type { WorkMetadata } from './work.js';
export { CSL_DATE_VARIABLES, CSL_ITEM_KEYS, CSL_NAME_VARIABLES, CSL_TYPES } from './csl-variables.js';
