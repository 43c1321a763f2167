import { userError } from '../model/errors.js';

/** What the operating system said, in words a user acts on; undefined for codes that are not about their files or disk. */
const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EACCES: 'permission denied',
  EPERM: 'the operation is not permitted',
  EROFS: 'the file system is read-only',
  ENOTDIR: 'a part of the path is a file, not a folder',
  EISDIR: 'it is a folder, not a file',
  ENOENT: 'no such file or folder',
  EEXIST: 'something else is already there',
  ELOOP: 'too many symbolic links, or a symbolic link where a file was to be created',
  ENAMETOOLONG: 'the name is too long',
  EIO: 'the device reported an input/output error',
  EMFILE: 'too many files are open',
  ENFILE: 'too many files are open',
  EXDEV: 'the files are on different devices',
  EBUSY: 'the file is in use',
  ETXTBSY: 'the file is in use',
};

/** The error code of a failed file-system call, when `error` is one. */
export function fsErrorCode(error: unknown): string | undefined {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return typeof code === 'string' && code in REASONS ? code : undefined;
}

/** The reason of a failed file-system call in words, or undefined when `error` is something else (a bug). */
function fsFailureReason(error: unknown): string | undefined {
  const code = fsErrorCode(error);
  return code === undefined ? undefined : REASONS[code];
}

/**
 * A failed file-system call as the user's problem (exit 1: their disk, folder or permissions), with
 * `what` saying what could not be done and `outcome` what that means for their files. Anything
 * else is returned as it is: that is a bug.
 */
export function asEnvironmentError(error: unknown, what: string, outcome = ''): unknown {
  const reason = fsFailureReason(error);
  if (reason === undefined) return error;
  return userError({ code: 'file-system', message: `${what}: ${reason}${outcome ? `; ${outcome}` : ''}` });
}
