import { createInterface } from 'node:readline/promises';
import { decodeText } from '../text/decode-text.js';

/** What the CLI knows about where it writes: the streams and the environment. */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly readStdin: () => Promise<string>;
  /** True when stderr is a terminal: colour and progress lines go only there. */
  readonly stderrIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  /** Asks the user a question and gives the line typed; absent when no one can answer (stdin or stderr is not a terminal). */
  readonly ask?: ((question: string) => Promise<string>) | undefined;
}

/** Asks on the terminal: the question on stderr (stdout may be piped), the answer from stdin. */
async function askOnTerminal(question: string): Promise<string> {
  const terminal = createInterface({ input: process.stdin, output: process.stderr });
  try {
    return await terminal.question(question);
  } finally {
    terminal.close();
  }
}

/** The real process streams and environment. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return decodeText(Buffer.concat(chunks));
  },
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
  ask: process.stdin.isTTY === true && process.stderr.isTTY === true ? askOnTerminal : undefined,
};

/** Colour on stderr: on a terminal unless NO_COLOR is set (https://no-color.org); FORCE_COLOR forces it. */
export function stderrHasColor(io: Pick<Io, 'stderrIsTTY' | 'env'>): boolean {
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== '' && force !== '0' && force !== 'false') return true;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stderrIsTTY && io.env.TERM !== 'dumb';
}

/** ANSI styles; `plain` leaves text as it is, for files, pipes and NO_COLOR. */
export interface Paint {
  readonly bold: (s: string) => string;
  readonly dim: (s: string) => string;
  readonly red: (s: string) => string;
  readonly yellow: (s: string) => string;
  readonly cyan: (s: string) => string;
}

const sgr = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

const COLORS: Paint = { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), cyan: sgr(36, 39) };
const identity = (s: string) => s;
const PLAIN: Paint = { bold: identity, dim: identity, red: identity, yellow: identity, cyan: identity };

/** The paint for stderr. */
export function paintFor(color: boolean): Paint {
  return color ? COLORS : PLAIN;
}
