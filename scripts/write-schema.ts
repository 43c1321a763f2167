// Writes pubcv.schema.json, the JSON Schema of pubcv.config.yaml for editors, from the config's
// zod schema (src/config/config-schema.ts). test/config/json-schema.test.ts fails when it is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../src/config/config-json-schema.js';

const target = fileURLToPath(new URL('../pubcv.schema.json', import.meta.url));
writeFileSync(target, `${JSON.stringify(configJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${target}\n`);
