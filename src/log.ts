/** One pino logger per process; secrets are redacted wherever they appear. */
import pino, { type Logger } from 'pino';

export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'stancegraph' },
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.NEO4J_PASSWORD',
        'password',
      ],
      censor: '[redacted]',
    },
  });
}
