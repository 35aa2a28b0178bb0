/** fs errors as the short lowercase phrases of the one-line messages. */

export function errorCode(err: unknown): string | undefined {
  return typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : undefined;
}

/** A short lowercase phrase for an fs error. */
export function reasonFor(err: unknown): string {
  switch (errorCode(err)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'symlink loop';
    case 'EISDIR':
      return 'is a directory';
    case 'ENAMETOOLONG':
      return 'name too long';
    case 'ERR_FS_FILE_TOO_LARGE':
    case 'EFBIG':
      return 'file too large';
    case 'ENOSPC':
      return 'no space left on device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'EIO':
      return 'input/output error';
    case 'EROFS':
      return 'read-only file system';
    case 'EBADF':
      return 'bad file descriptor';
    default: {
      if (err instanceof RangeError) return 'file too large'; // longer than a JS string can be
      const message = err instanceof Error ? err.message : String(err);
      return `read error: ${message.toLowerCase()}`;
    }
  }
}
