/**
 * What to tell the user when writing to standard output fails: nothing for a closed pipe
 * (the reader, e.g. `head`, has all it wanted — not an error), else one line naming the cause.
 *
 * @param error - the write error
 * @returns the message, or undefined for a closed pipe
 * @example
 * stdoutFailure(Object.assign(new Error('x'), { code: 'ENOSPC' }));
 * // => 'cannot write to standard output: no space left on the device (ENOSPC)'
 */
export function stdoutFailure(error: NodeJS.ErrnoException): string | undefined {
  if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') return undefined;
  if (error.code === 'ENOSPC')
    return 'cannot write to standard output: no space left on the device (ENOSPC)';
  return `cannot write to standard output: ${error.message}`;
}
