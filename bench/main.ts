/** `npm run bench [-- flags]`: the `bench` command line (src/bench/command.ts), which runs bench/run.ts. */
import { benchCommand } from '../src/bench/command';

async function main(argv: string[]): Promise<void> {
  await benchCommand('bench', (line) => process.stderr.write(`bench: ${line}\n`)).parseAsync(argv);
}

main(process.argv).then(
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(
      `bench: failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exit(1);
  },
);
