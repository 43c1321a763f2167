import { isAbsolute, relative, resolve } from 'node:path';
import type { Diagnostic, Severity } from '../model/errors.js';
import { showControls } from './visible-text.js';

/** Escapes a workflow command's message: %, CR and LF (as @actions/core's escapeData), and shows control characters. */
export function escapeData(s: string): string {
  return showControls(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

/** Escapes a workflow command property: the message's escapes plus ':' and ',' (as escapeProperty). */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** The workflow command for each severity (a Record, so a new severity cannot be left without one). */
const COMMANDS: Record<Severity, 'error' | 'warning' | 'notice'> = { error: 'error', warning: 'warning', info: 'notice' };

function commandFor(severity: Severity): 'error' | 'warning' | 'notice' {
  return COMMANDS[severity];
}

/**
 * The path GitHub annotates: relative to the repository checkout, as the pull request shows
 * files. Diagnostics carry paths as given on the command line, relative to the working folder.
 */
function repositoryPath(file: string, env: NodeJS.ProcessEnv, cwd: string): string {
  const workspace = env.GITHUB_WORKSPACE;
  if (!workspace) return file;
  const path = relative(workspace, resolve(cwd, file));
  return path.startsWith('..') || isAbsolute(path) ? file : path.split('\\').join('/');
}

/** `::error file=F,line=N,col=C,title=CODE::message`, the line GitHub Actions turns into an annotation. */
export function annotationLine(d: Diagnostic, env: NodeJS.ProcessEnv = {}, cwd: string = process.cwd()): string {
  const properties: string[] = [];
  const hasFile = d.file !== undefined && d.file !== '<stdin>';
  if (hasFile && d.file) properties.push(`file=${escapeProperty(repositoryPath(d.file, env, cwd))}`);
  // GitHub rejects a column without a line; a line without a file has nothing to mark.
  if (hasFile && d.line !== undefined) {
    properties.push(`line=${d.line}`);
    if (d.column !== undefined) properties.push(`col=${d.column}`);
  }
  properties.push(`title=${escapeProperty(d.code)}`);
  const message = d.entry ? `${d.message} [${d.entry}]` : d.message;
  return `::${commandFor(d.severity)} ${properties.join(',')}::${escapeData(message)}`;
}

/** True when running as a GitHub Actions step. */
export function inGithubActions(env: NodeJS.ProcessEnv): boolean {
  return env.GITHUB_ACTIONS === 'true';
}
