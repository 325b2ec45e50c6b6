// File-system errors in the words users read: the CLI and the action name a path and why it failed.

/** The errno codes users meet, in words. */
const ERRNO_WORDS: Record<string, string> = {
  ENOENT: 'no such file or directory',
  EACCES: 'permission denied',
  EPERM: 'operation not permitted',
  EISDIR: 'is a directory',
  ENOTDIR: 'a part of the path is not a directory',
  EEXIST: 'already exists',
  ENOSPC: 'no space left on the device',
  EROFS: 'read-only file system',
  ELOOP: 'too many levels of symbolic links',
  ENAMETOOLONG: 'file name too long',
  EMFILE: 'too many open files',
};

/** Why a file operation failed, in a few words: "no such file or directory (ENOENT)", else the error's message. */
export const fsReason = (e: unknown): string => {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === undefined) return (e as Error).message;
  const words = ERRNO_WORDS[code];
  return words ? `${words} (${code})` : code;
};
