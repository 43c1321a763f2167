// A clock that only moves when the code under test sleeps, so waits are asserted exactly and no
// test depends on wall time.

export interface FakeClock {
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
  /** Every wait asked for, in order. */
  readonly sleeps: number[];
}

/**
 * A fake clock starting at `start` (default 2026-01-01T00:00:00Z). With `advance: false` time
 * stands still while callers sleep, which shows how long concurrent callers each wait from now.
 */
export function fakeClock(start = Date.parse('2026-01-01T00:00:00Z'), { advance = true } = {}): FakeClock {
  let current = start;
  const sleeps: number[] = [];
  return {
    now: () => current,
    sleep: async (ms) => {
      sleeps.push(ms);
      if (advance) current += ms;
    },
    sleeps,
  };
}
