import { InternalError } from '../model/errors.js';
import { Packer, type File } from 'docx';

/** The files of a docx package by path, before zipping: XML parts as text, anything else as bytes. */
export type PackageFiles = ReadonlyMap<string, string | Uint8Array>;

/** The one method of docx's Compiler this writer calls. */
interface Compiler {
  compile(file: File): Map<string, string | Uint8Array>;
}

/**
 * The compiler docx's Packer zips the output of. docx 9.15.2 keeps it in the private static field
 * `Packer.compiler` and has no public call that stops short of zipping; going through it spares
 * zipping every part only to unzip it again (a fifth of the writer's time on a long list). This
 * is the writer's only use of docx internals: test/render/docx-compile.test.ts fails when docx
 * changes them.
 */
function packerCompiler(): Compiler {
  // biome-ignore lint/complexity/useLiteralKeys: the field is private in docx's types, and only bracket access reaches it
  const compiler: unknown = Packer['compiler'];
  if (typeof compiler !== 'object' || compiler === null || typeof (compiler as Partial<Compiler>).compile !== 'function') {
    throw new InternalError('docx no longer keeps its Compiler in Packer.compiler (written against docx 9.15): update src/render/docx-compile.ts');
  }
  return compiler as Compiler;
}

/** Writes every part of a docx document as Packer would, without zipping them. */
export function compilePackage(file: File): PackageFiles {
  return packerCompiler().compile(file);
}
