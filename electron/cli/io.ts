import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** What the command-line tool touches of the outside world, so tests can drive it in-process. */
export interface CliIo {
  env: Record<string, string | undefined>;
  /** data; a promise, when given, settles once the text is written (and rejects if it cannot be) */
  stdout: (text: string) => void | Promise<void>;
  stderr: (text: string) => void;
  /** stderr is a terminal: progress may be shown on one line rewritten in place */
  stderrIsTTY?: boolean;
  /** ask on the terminal without echo; null when there is no terminal */
  prompt: ((question: string) => Promise<string>) | null;
  now: () => Date;
}

/** A prompt that reads a line from the terminal without echoing what is typed. */
export function terminalPrompt(): ((question: string) => Promise<string>) | null {
  if (!process.stdin.isTTY) return null;
  return (question) =>
    new Promise((resolve) => {
      process.stderr.write(question);
      const muted = new Writable({ write: (_c, _e, cb) => cb() });
      const rl = createInterface({ input: process.stdin, output: muted, terminal: true });
      rl.question('', (answer) => {
        rl.close();
        process.stderr.write('\n');
        resolve(answer);
      });
    });
}

/**
 * The real streams. A reader that stops early (`compeer verify v | head -1`) closes the pipe:
 * the write fails with EPIPE. That failure reaches the command through the write's promise
 * (which decides what it means: nothing for a count, an error for a recovery code); the
 * stream's own 'error' event is handled here so it is never an uncaught crash.
 */
export function processIo(): CliIo {
  process.stdout.on('error', () => undefined);
  process.stderr.on('error', () => undefined);
  return {
    env: process.env,
    stdout: (t) => new Promise<void>((resolve, reject) => void process.stdout.write(t, (e) => (e ? reject(e) : resolve()))),
    stderr: (t) => void process.stderr.write(t),
    stderrIsTTY: process.stderr.isTTY === true,
    prompt: terminalPrompt(),
    now: () => new Date(),
  };
}
