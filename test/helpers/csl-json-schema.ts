import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';

// The Citation Style Language's own schema for CSL-JSON (test/fixtures/csl-schema/README.md), so
// that "valid CSL-JSON" means what citeproc processors and reference managers expect, not our reading.
const SCHEMA = JSON.parse(readFileSync(new URL('../fixtures/csl-schema/csl-data.json', import.meta.url), 'utf8')) as object;

// The schema types many fields as ["string", "number"], which Ajv's strict mode accepts only when told.
const validate = new Ajv({ allErrors: true, allowUnionTypes: true }).compile(SCHEMA);

/** One schema violation: which item (by id, else index) and what is wrong at which path. */
export interface CslSchemaError {
  readonly item: string;
  readonly path: string;
  readonly message: string;
}

/** Validates a CSL-JSON array (parsed); an empty list means valid. */
export function cslJsonSchemaErrors(data: unknown): CslSchemaError[] {
  if (validate(data)) return [];
  return (validate.errors ?? []).map((error) => {
    const index = /^\/(\d+)/.exec(error.instancePath)?.[1];
    const item = index !== undefined && Array.isArray(data) ? String((data[Number(index)] as { id?: unknown } | undefined)?.id ?? `#${index}`) : '(top)';
    return {
      item,
      path: error.instancePath,
      message: `${error.message ?? 'invalid'}${error.params && 'allowedValues' in error.params ? ` (${(error.params.allowedValues as unknown[]).join(', ')})` : ''}`,
    };
  });
}
