/**
 * Which Chromium the browser tests drive: `CHROMIUM_PATH` if set, else
 * Debian's /usr/bin/chromium if present, else the headless build that ships
 * inside the `@sparticuz/chromium` devDependency (from npm, so `npm ci` is all
 * the set-up), unpacked once into node_modules/.cache. Nothing is downloaded.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../harness/graph';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const PACKAGE = '@sparticuz/chromium';
export const HOW_TO_GET_CHROMIUM = `set CHROMIUM_PATH to a Chromium binary, or run \`npm ci\` to install ${PACKAGE}`;

/**
 * The package's executablePath() unpacks into os.tmpdir() under fixed names
 * (chromium, fonts/, libGLESv2.so, …) and reuses any `chromium` it finds
 * there, whatever its version or completeness. So it runs in a child whose
 * TMPDIR is a staging folder of ours, moved into place only once complete.
 */
const UNPACK = `require(${JSON.stringify(PACKAGE)}).executablePath().then((p) => process.stdout.write(p))`;

export async function findChromium(): Promise<string> {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) {
      throw new Error(
        `CHROMIUM_PATH=${fromEnv} does not exist: point it at a Chromium binary or unset it`,
      );
    }
    return fromEnv;
  }
  if (existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  return unpackPackagedChromium();
}

async function unpackPackagedChromium(): Promise<string> {
  const dir = join(
    PROJECT_ROOT,
    'node_modules',
    '.cache',
    `sparticuz-chromium-${packageVersion()}`,
  );
  const binary = join(dir, 'chromium');
  if (existsSync(binary)) return binary;
  const staging = `${dir}.partial-${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['-e', UNPACK], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, TMPDIR: staging },
    });
    if (stdout !== join(staging, 'chromium')) throw new Error(`it unpacked to ${stdout} instead`);
    renameSync(staging, dir);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    // Another process may have moved its complete copy into place first.
    if (!existsSync(binary)) {
      throw new Error(
        `could not unpack ${PACKAGE} into ${dir} (${firstLine(error)}): ${HOW_TO_GET_CHROMIUM}`,
        { cause: error },
      );
    }
  }
  return binary;
}

function packageVersion(): string {
  let entry: string;
  try {
    entry = require.resolve(PACKAGE, { paths: [PROJECT_ROOT] });
  } catch {
    throw new Error(
      `no Chromium at ${DEBIAN_CHROMIUM} and ${PACKAGE} is not installed: ${HOW_TO_GET_CHROMIUM}`,
    );
  }
  // Its exports map hides package.json; the entry is build/cjs/index.cjs.
  const manifest = resolve(entry, '..', '..', '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}

export function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}
