import { DataError } from '../../src/data/DataError.js';

/** The message of the DataError that `f` throws; fails if it throws nothing or something else. */
export function dataErrorMessage(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof DataError) return e.message;
    throw e;
  }
  throw new Error('expected a DataError');
}
