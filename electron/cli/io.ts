import { createInterface } from 'node:readline';
import { Writable } from 'node:stream';

/** What the command-line tool touches of the outside world, so tests can drive it in-process. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
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

export const processIo = (): CliIo => ({
  env: process.env,
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  prompt: terminalPrompt(),
  now: () => new Date(),
});
