import { CSL_DATE_VARIABLES, CSL_NAME_VARIABLES } from '../model/csl-variables.js';
import type { CslDate, CslName } from '../model/record.js';
import type { OverridesConfig } from './override-schema.js';

/** pubcv's short names for CSL variables. */
const SHORT_NAMES: Readonly<Record<string, string>> = { venue: 'container-title', year: 'issued' };
/** Keys of an override that are pubcv's own, not CSL variables. */
const OWN_KEYS = new Set(['kind', 'section', 'selected']);

/** "Family, Given" -> { family, given }; a name without a comma is kept whole (an organization). */
function cslName(written: string): CslName {
  const comma = written.indexOf(',');
  if (comma < 0) return { literal: written.trim() };
  return { family: written.slice(0, comma).trim(), given: written.slice(comma + 1).trim() };
}

/** 2019, "2019-06", "2019-06-17" -> CSL date parts. */
function cslDate(written: string | number): CslDate {
  return { 'date-parts': [String(written).split('-').map(Number)] };
}

/** The CSL-JSON value of one variable as the config writes it; null stays null (the variable is removed). */
function cslValue(key: string, value: unknown): unknown {
  if (value === null) return null;
  if (CSL_NAME_VARIABLES.includes(key)) return (value as string[]).map(cslName);
  if (CSL_DATE_VARIABLES.includes(key)) return cslDate(value as string | number);
  return value;
}

/** An override's CSL-JSON variables, by their CSL names (venue -> container-title, year -> issued). */
export function overrideFields(written: OverridesConfig[string]): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(written)) {
    if (OWN_KEYS.has(key) || value === undefined) continue;
    const name = SHORT_NAMES[key] ?? key;
    fields[name] = cslValue(name, value);
  }
  return fields;
}
