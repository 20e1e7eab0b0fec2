/** Loopback ports: one picked free, or one checked before something listens on it. */
import * as net from 'node:net';
import { PortInUseError, type PortRole } from './problems';

/** A port that was free a moment ago; good enough for a loopback dev server. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => (port > 0 ? resolve(port) : reject(new Error('no free port found'))));
    });
  });
}

/** Fails with PortInUseError when something already listens on `host:port` (0 picks one: never taken). */
export async function assertPortFree(role: PortRole, host: string, port: number): Promise<void> {
  if (port === 0) return;
  await new Promise<void>((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new PortInUseError(role, host, port) : err),
    );
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve()));
  });
}
