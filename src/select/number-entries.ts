import type { NumberingRules } from '../model/settings.js';

/** A section's entry ids in listed order, with the names its prefix may be given under. */
interface NumberedSection {
  readonly key: string;
  readonly id: string;
  readonly entries: readonly string[];
}

/**
 * "[{prefix}{n}]" with J and 12 -> "[J12]". One pass over the template: a prefix that itself
 * reads "{n}" is printed as written, not taken for the number's place.
 */
function fillLabel(template: string, prefix: string, n: number): string {
  return template.replace(/\{(prefix|n)\}/g, (_, field: string) => (field === 'prefix' ? prefix : String(n)));
}

/**
 * Labels by entry id: numbers counted per section or across the list, ascending (the first
 * listed is 1) or reverse (the first listed gets the highest number, so with the newest first
 * the count shows at the top: J12 … J1), with each section's prefix. Empty when the order is none.
 */
export function numberEntries(sections: readonly NumberedSection[], rules: NumberingRules): Map<string, string> {
  const labels = new Map<string, string>();
  if (rules.order === 'none') return labels;
  const total = sections.reduce((sum, s) => sum + s.entries.length, 0);
  let before = 0;
  for (const section of sections) {
    const prefix = rules.prefixes[section.key] ?? rules.prefixes[section.id] ?? '';
    const count = rules.scope === 'continuous' ? total : section.entries.length;
    const offset = rules.scope === 'continuous' ? before : 0;
    section.entries.forEach((id, i) => {
      const position = offset + i;
      const n = rules.order === 'ascending' ? position + 1 : count - position;
      labels.set(id, fillLabel(rules.label, prefix, n));
    });
    before += section.entries.length;
  }
  return labels;
}
