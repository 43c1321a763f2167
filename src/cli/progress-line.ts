/** Work shorter than this shows no progress line: it would only flicker. */
const DELAY_MS = 1000;

/** A progress line on a terminal: shown once work has taken over a second, erased when done. */
interface ProgressLine {
  /** Says what the work is doing now. */
  readonly update: (text: string) => void;
  /** Erases the line, before the summary is printed. */
  readonly stop: () => void;
}

const NO_PROGRESS: ProgressLine = { update: () => undefined, stop: () => undefined };

/**
 * Starts a progress line on stderr, or nothing when stderr is not a terminal. The timer only
 * fires between stages (formatting is synchronous), so each update also checks the clock.
 */
export function startProgress(write: (text: string) => void, isTTY: boolean, now: () => number = () => Date.now()): ProgressLine {
  if (!isTTY) return NO_PROGRESS;
  const started = now();
  let text = 'working';
  let shown = false;
  const draw = () => {
    shown = true;
    write(`\r\u001b[2Kpubcv: ${text}…`);
  };
  const timer = setTimeout(draw, DELAY_MS);
  timer.unref();
  return {
    update: (next) => {
      text = next;
      if (shown || now() - started >= DELAY_MS) draw();
    },
    stop: () => {
      clearTimeout(timer);
      if (shown) write('\r\u001b[2K');
    },
  };
}
