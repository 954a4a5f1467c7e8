/** A station's own server in the tests: `node scripts/web.mjs --no-build --hub` on a port of this worktree's range. */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

export class WebServer {
  private child: ChildProcess | null = null;
  output = '';

  constructor(
    readonly port: number,
    readonly dataDir: string,
    /** The address the other stations reach this hub at (its network link). */
    readonly advertised: string,
  ) {}

  async start(): Promise<void> {
    const child = spawn(process.execPath, ['scripts/web.mjs', '--no-build', '--hub', '--hub-data', this.dataDir], {
      cwd: ROOT,
      env: { ...process.env, PORT: String(this.port), SESSION_DESK_HUB: '', SESSION_DESK_HUB_ADVERTISE: this.advertised },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`web server on ${this.port} did not start:\n${this.output}`)), 60_000);
      const onData = (data: Buffer) => {
        this.output += data.toString();
        if (this.output.includes('is running at')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`web server on ${this.port} exited (${code}):\n${this.output}`));
      });
    });
  }

  /** The laptop crashes: the process is killed at once, nothing flushed. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
    this.child = null;
  }

  async stop(): Promise<void> {
    await this.kill();
  }
}
