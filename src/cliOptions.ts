/** Option parsers shared by the stancegraph subcommands (commander `argParser`s). */
import { InvalidArgumentError } from 'commander';

/** A whole number of 0 or more; a usage error naming `flag` otherwise. */
export function wholeNumber(flag: string): (value: string) => number {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
      throw new InvalidArgumentError(`${flag} must be a whole number`);
    return n;
  };
}
