import { DEFAULT_KDF, Vault, type KdfParams } from '../../core/vault';
import { EXIT, OutputLost, UsageError, type Command } from '../context';

function parseKdf(spec: string | undefined): KdfParams {
  if (!spec) return DEFAULT_KDF;
  const out = { ...DEFAULT_KDF };
  for (const part of spec.split(',')) {
    const [k, v] = part.split('=');
    const n = Number(v);
    if ((k !== 'm' && k !== 't' && k !== 'p') || !Number.isInteger(n)) throw new UsageError(`--kdf takes m=KiB,t=N,p=N, not "${spec}"`);
    out[k] = n;
  }
  return out;
}

export const init: Command = {
  name: 'init',
  help: '  init <vault> [--kdf m=KiB,t=N,p=N]        create a vault; prints the recovery code\n',
  run: async (ctx) => {
    const [path] = ctx.paths(1, '<vault>');
    const kdf = parseKdf(ctx.options.kdf);
    const pass = await ctx.secret('COMPEER_PASSPHRASE', 'New passphrase: ', true);
    const created = await Vault.create(path!, pass, { kdf, now: ctx.io.now, dataDir: ctx.dataDir });
    ctx.keep(created.vault);
    ctx.io.stderr(`Created ${path}.\nYour recovery code (shown once; keep it somewhere safe, away from this computer):\n`);
    try {
      await ctx.outOrFail(`${created.recoveryCode}\n`);
    } catch (e) {
      if (!(e instanceof OutputLost)) throw e;
      ctx.io.stderr(
        `The recovery code could not be written: standard output was closed (${e.message}), so nobody has seen it.\n` +
          `The vault was created and opens with your passphrase. To get a recovery code for it, run: compeer passwd ${path}\n`,
      );
      return EXIT.failure;
    }
    return EXIT.ok;
  },
};
