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

/** The flat arguments a mutation took before its `input`, by the input field each became. */
type Flat<T> = { [K in keyof T]: T[K] | null | undefined };

/**
 * A mutation's `input`, or the input its deprecated flat arguments spell (then all of them are
 * needed, as they were when they were required). `root` is where the service's problems are
 * named: under `input` for the input, the bare argument for the flat form (as before).
 */
export function inputOrFlat<T extends object>(
  input: T | null | undefined,
  flat: Flat<T>,
): { input: T; root: 'input' | null } {
  const names = Object.keys(flat) as Array<keyof T & string>;
  const given = names.filter((k) => flat[k] != null);
  if (input != null) {
    const [k] = given;
    if (k !== undefined) {
      throw badInput(k, `is deprecated and \`input.${k}\` replaces it; give one of them, not both`);
    }
    return { input, root: 'input' };
  }
  if (given.length === 0) throw badInput('input', 'required');
  const missing = names.find((k) => flat[k] == null);
  if (missing !== undefined) {
    throw badInput(missing, `required beside ${given.map((k) => `\`${k}\``).join(', ')}`);
  }
  // Every field is given (checked just above), so the flat arguments are a whole T.
  return { input: flat as T, root: null };
}
