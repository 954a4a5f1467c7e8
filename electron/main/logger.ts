/**
 * A small append-only log in the data folder, for what goes wrong where nobody is watching a
 * terminal (a crashed renderer, a refused IPC message). It never records payloads: they can
 * hold the names of people at risk.
 */
export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export interface FileLoggerDeps {
  filePath: string;
  appendFile(filePath: string, text: string): Promise<void>;
  now?: () => Date;
  /** Also echo to a console in development; omit to stay quiet. */
  echo?: (line: string) => void;
}

type Level = 'INFO' | 'WARN' | 'ERROR';

/** One entry, one line: line breaks inside a message would let it forge further entries. */
export function formatLogLine(time: Date, level: Level, message: string): string {
  return `${time.toISOString()} ${level} ${message.replace(/[\r\n\u2028\u2029]+/g, ' ')}\n`;
}

export interface FileLogger extends Logger {
  /** Resolves once every line written so far has been appended (or has failed). */
  flush(): Promise<void>;
}

export function createFileLogger(deps: FileLoggerDeps): FileLogger {
  const now = deps.now ?? (() => new Date());
  // Appends are chained so that lines land in the order they were written.
  let queue: Promise<void> = Promise.resolve();
  const write = (level: Level, message: string): void => {
    const line = formatLogLine(now(), level, message);
    deps.echo?.(line.trimEnd());
    queue = queue
      .then(() => deps.appendFile(deps.filePath, line))
      .catch(() => {
        // A log that cannot be written must not take the app down with it.
      });
  };
  return {
    info: (message) => write('INFO', message),
    warn: (message) => write('WARN', message),
    error: (message) => write('ERROR', message),
    flush: () => queue,
  };
}
