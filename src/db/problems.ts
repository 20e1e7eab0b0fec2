/**
 * What can stop stancegraph from reaching a Neo4j, as errors a person can act on:
 * each has a one-line message naming the cause and the fix, and a `kind` the CLI
 * maps to its exit code (src/cliExit.ts). No stack trace is part of a message.
 */

export type Neo4jProblemKind =
  /** NEO4J_URI or the local Neo4j does not answer, or its data directory is locked. */
  | 'unavailable'
  /** NEO4J_URI answers but refuses NEO4J_USER / NEO4J_PASSWORD. */
  | 'unauthorized'
  /** A port stancegraph wants to listen on is taken (see PortInUseError). */
  | 'port-in-use'
  /** Java or Maven is not installed, or Java is too old for Neo4j 5.26. */
  | 'missing-tool'
  /** Maven could not download the launcher's jars from Maven Central. */
  | 'maven-offline'
  /** The launcher's Maven build failed for another reason. */
  | 'build-failed';

export class Neo4jProblem extends Error {
  override name = 'Neo4jProblem';
  constructor(
    readonly kind: Neo4jProblemKind,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** Who listens on a port: the API server, or the local Neo4j's Bolt or HTTP connector. */
export type PortRole = 'api' | 'bolt' | 'http';

/** A port is taken; the CLI adds which setting moves it (src/cliExit.ts). */
export class PortInUseError extends Neo4jProblem {
  override name = 'PortInUseError';
  constructor(
    readonly role: PortRole,
    readonly host: string,
    readonly port: number,
  ) {
    super('port-in-use', `port ${port} on ${host} (${ROLE[role]}) is already in use`);
  }
}

const ROLE: Record<PortRole, string> = {
  api: 'GraphQL API',
  bolt: "the local Neo4j's Bolt",
  http: "the local Neo4j's HTTP and Browser",
};

/** Lines in Maven's output that mean it could not reach a repository. */
const OFFLINE_PATTERNS = [
  /Could not transfer artifact/i,
  /Could not resolve host|UnknownHost|Unknown host/i,
  /Connection refused|Connect timed out|Network is unreachable|No route to host/i,
  /Cannot access \S+ in offline mode/i,
  /Could not resolve dependencies/i,
  // A plugin that is neither in ~/.m2 nor downloadable (the first build, offline).
  /No plugin found for prefix|Plugin \S+ or one of its dependencies could not be resolved/i,
];

/** Sorts a failed `mvn` run by the tail of its output. */
export function mavenProblem(command: string, tail: readonly string[]): Neo4jProblem {
  const firstError = tail.find((line) => /^\[ERROR\]/.test(line))?.replace(/^\[ERROR\]\s*/, '');
  const detail = firstError ?? tail[tail.length - 1] ?? 'no output';
  if (tail.some((line) => OFFLINE_PATTERNS.some((p) => p.test(line))))
    return new Neo4jProblem(
      'maven-offline',
      `Maven could not download Neo4j's jars from Maven Central (${clip(detail)}); the first run of the local Neo4j needs the network: check it (or a proxy in ~/.m2/settings.xml) and try again, or set NEO4J_URI to a Neo4j you run yourself`,
    );
  return new Neo4jProblem(
    'build-failed',
    `\`${command}\` failed building tools/neo4j-local (${clip(detail)}); run it in tools/neo4j-local to see the whole output`,
  );
}

/** What the launcher's last words on stderr say went wrong, when it is a known cause. */
export function launcherProblem(
  home: string,
  stderrTail: readonly string[],
  ports: { bolt: number; http: number | undefined },
): Neo4jProblem | undefined {
  const text = stderrTail.join('\n');
  if (/Lock file has been locked by another process|FileLockException/.test(text))
    return new Neo4jProblem(
      'unavailable',
      `the Neo4j data directory ${home} is locked by another process that does not answer as a Neo4j; stop that process (look for java …neo4jlocal.Main in \`ps ax\`), or set STANCEGRAPH_NEO4J_HOME to another folder`,
    );
  if (/Address already in use|BindException/.test(text)) {
    const http = ports.http !== undefined && text.includes(`:${ports.http}`);
    return new PortInUseError(http ? 'http' : 'bolt', '127.0.0.1', http ? ports.http! : ports.bolt);
  }
  return undefined;
}

/** The launcher's own one-line summary of a failed start, without the stack above it. */
export function launcherSummary(stderrTail: readonly string[]): string | undefined {
  return stderrTail.find((line) => line.startsWith('neo4j-local: failed to start'));
}

function clip(line: string, max = 200): string {
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}
