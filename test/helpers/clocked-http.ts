import { createHttpClient, type HttpClient } from '../../src/enrich/http-client.js';
import { fakeClock, type FakeClock } from './fake-clock.js';

/** An HTTP client whose waits (rate limits, Retry-After) move a fake clock instead of the wall clock. */
export function clockedHttp(): { clock: FakeClock; http: HttpClient } {
  const clock = fakeClock();
  return { clock, http: createHttpClient({ userAgent: 'pubcv-test', sleep: clock.sleep, now: clock.now }) };
}
