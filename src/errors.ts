/** An error the user can fix (bad argument, input, configuration): exit code 2, one line, no stack. */
export class UsageError extends Error {
  override name = 'UsageError';
}
