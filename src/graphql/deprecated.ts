/**
 * Deprecated arguments beside the forms that replace them (docs/API.md, "Old forms are
 * deprecated, not removed"): a request may use either form, but giving both at once is
 * ambiguous, so it is refused with BAD_USER_INPUT naming the deprecated argument.
 */
import { badInput } from './errors';

/** The value of whichever form was given (the new one when neither was, i.e. null or undefined). */
export function eitherForm<T>(
  deprecated: { name: string; value: T | null | undefined },
  current: { name: string; value: T | null | undefined },
): T | null | undefined {
  if (deprecated.value == null) return current.value;
  if (current.value != null) {
    throw badInput(
      deprecated.name,
      `is deprecated and \`${current.name}\` replaces it; give one of them, not both`,
    );
  }
  return deprecated.value;
}
