// A CLI writer for the lock race: loads the command-line tool once, then runs the real
// `compeer import <vault> <file>` each time a line "<vault>\t<file>" arrives on stdin (the
// parent sends the line to every writer at once) and prints the exit code.
import { createInterface } from 'node:readline';
import { processIo } from '../../electron/cli/io';
import { runCli } from '../../electron/cli/run';

const io = { ...processIo(), stdout: () => undefined, stderr: (t: string) => process.stderr.write(t) };
createInterface({ input: process.stdin }).on('line', (line) => {
  const [vault, file] = line.split('\t');
  void runCli(['import', vault!, file!], io).then((code) => process.stdout.write(`exit ${code}\n`));
});
process.stdout.write('ready\n');
