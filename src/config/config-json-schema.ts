import { z } from 'zod';
import { ConfigSchema } from './config-schema.js';

/** A JSON Schema node, as far as walking it for keys needs. */
interface SchemaNode {
  readonly properties?: Record<string, SchemaNode>;
  readonly additionalProperties?: SchemaNode | boolean;
  readonly items?: SchemaNode;
  readonly anyOf?: readonly SchemaNode[];
}

/** The published schema's address: editors fetch it from the package as released on npm. */
const SCHEMA_ID = 'https://unpkg.com/pubcv/pubcv.schema.json';

let cached: Record<string, unknown> | undefined;

/** The JSON Schema of pubcv.config.yaml (written to pubcv.schema.json by `npm run schema`). */
export function configJsonSchema(): Record<string, unknown> {
  cached ??= { ...z.toJSONSchema(ConfigSchema, { io: 'input', target: 'draft-7' }), $id: SCHEMA_ID, title: 'pubcv configuration' };
  return cached;
}

function expand(node: SchemaNode): SchemaNode[] {
  return node.anyOf ? node.anyOf.flatMap(expand) : [node];
}

function child(node: SchemaNode, seg: PropertyKey): SchemaNode[] {
  if (typeof seg === 'number') return node.items ? [node.items] : [];
  const named = node.properties?.[String(seg)];
  if (named) return [named];
  return typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [];
}

/** The keys the mapping at `path` of a config may have, from the schema: for "did you mean". */
export function knownKeysAt(path: readonly PropertyKey[]): string[] {
  let nodes = [configJsonSchema() as SchemaNode];
  for (const seg of path) nodes = nodes.flatMap(expand).flatMap((n) => child(n, seg));
  return [...new Set(nodes.flatMap(expand).flatMap((n) => Object.keys(n.properties ?? {})))];
}
