// A writer process for the crash tests: opens the vault, then saves edits (and, with a
// small threshold, whole files) as fast as it can, printing each acknowledged edit's id.
import { Vault } from '../../electron/core/vault';

async function main(): Promise<void> {
  const [path, pass] = process.argv.slice(2);
  const vault = await Vault.open(path!, pass!, { compactAfterBytes: 3000 });
  process.stdout.write('ready\n');
  for (let i = 0; ; i++) {
    await vault.apply([{ op: 'put', collection: 'peers', record: { id: `w${i}`, name: `Writer ${i}`, notes: 'x'.repeat(200) } }]);
    process.stdout.write(`w${i}\n`);
  }
}
void main();
