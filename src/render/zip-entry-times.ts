import { InternalError } from '../model/errors.js';
/** Zip entry times are MS-DOS times, which start in 1980; SOURCE_DATE_EPOCH=0 is common in reproducible builds. */
const DOS_EPOCH = Date.UTC(1980, 0, 1);

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_HEADER = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** An instant as an MS-DOS date and time (two-second steps), read in UTC. */
function dosDateTime(instant: Date): { date: number; time: number } {
  const at = new Date(Math.max(instant.getTime(), DOS_EPOCH));
  return {
    date: ((at.getUTCFullYear() - 1980) << 9) | ((at.getUTCMonth() + 1) << 5) | at.getUTCDate(),
    time: (at.getUTCHours() << 11) | (at.getUTCMinutes() << 5) | (at.getUTCSeconds() >> 1),
  };
}

/**
 * Sets every entry's modification time in a zip to `instant`, in UTC. Zip writers (fflate among
 * them) take an entry's time from the local clock fields of a Date, so the same instant gives other
 * bytes in another time zone, and no Date can name a wall time that a daylight-saving jump skips.
 * Expects a zip without an archive comment, as fflate writes it.
 */
export function stampZipEntryTimes(zip: Uint8Array, instant: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  if (end < 0 || view.getUint32(end, true) !== END_OF_CENTRAL_DIRECTORY) throw new InternalError('not a zip without an archive comment');
  const { date, time } = dosDateTime(instant);
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < count; i += 1) {
    if (view.getUint32(at, true) !== CENTRAL_HEADER) throw new InternalError(`zip central directory entry ${i} is damaged`);
    view.setUint16(at + 12, time, true);
    view.setUint16(at + 14, date, true);
    const local = view.getUint32(at + 42, true);
    if (view.getUint32(local, true) !== LOCAL_HEADER) throw new InternalError(`zip entry ${i} has no local header`);
    view.setUint16(local + 10, time, true);
    view.setUint16(local + 12, date, true);
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return zip;
}
