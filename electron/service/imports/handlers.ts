import { CompeerError } from '../../../shared/errors';
import { listWarnings, type ImportPreview } from '../../../shared/import-preview';
import { COLLECTION_NAMES } from '../../../shared/schema/document';
import { planJsonImport } from '../../core/exchange/json-import';
import { applyBatchChoices } from '../../core/import/batch';
import { IMPORT_STEP, opsInSteps, planContactImportInSlices } from '../../core/import/plan';
import { openImportFile, refuseIfNoneRead } from '../../core/import/read-file';
import type { VaultOp } from '../../core/vault';
import { yieldToLoop } from '../../core/vault/fs-ops';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';
import type { HandlerDeps } from '../handler-deps';

interface PendingImport {
  /** the changes to save, a step at a time, with the chosen incoming values */
  steps: (useIncoming: ReadonlySet<string>) => Iterable<VaultOp[]>;
  /** how many changes there are (for progress) */
  size: number;
  /** a contact import: the peer each row adds or merges into, by the row's number */
  rowPeers?: ReadonlyMap<number, string>;
  /** the vault's peers when the preview was made: a commit after other edits is refused */
  basis: string;
}

const basisOf = (session: AppSession) => {
  const d = session.requireVault().data;
  return `${d.peers.length}:${d.peers.reduce((m, p) => (p.updatedAt > m ? p.updatedAt : m), '')}`;
};

/** Import with a preview: nothing changes until the user confirms what they saw. */
export function importHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, 'import:preview' | 'import:commit'> {
  const progress = (phase: 'reading' | 'checking' | 'saving', done: number, total: number | null) =>
    session.emit('import:progress', { phase, done, total });
  return {
    'import:preview': async ({ fileName, bytes }) => {
      session.requireVault();
      // main decodes the bytes (the renderer never guesses an encoding); a large file is read
      // and planned a slice at a time, so other calls get their turn in between
      const file = openImportFile(bytes, fileName);
      const vault = session.requireVault();
      // taken before planning: an edit made while a large file is planned makes the commit ask again
      const basis = basisOf(session);
      const token = deps.newId();
      let preview: ImportPreview;
      if (file.format === 'compeer-json') {
        const plan = planJsonImport(vault.data, file.json);
        const parts = (counts: Record<string, number>) => COLLECTION_NAMES.filter((c) => counts[c]! > 0).map((c) => `${counts[c]} ${c}`);
        const added = parts(plan.added);
        const updated = parts(plan.updated);
        preview = {
          token,
          fileName,
          format: file.label,
          encoding: file.encoding,
          rows: [],
          counts: {
            add: Object.values(plan.added).reduce((a, b) => a + b, 0),
            merge: Object.values(plan.updated).reduce((a, b) => a + b, 0),
            skip: plan.unchanged,
            conflicts: 0,
          },
          warnings: [],
          warningCount: 0,
          leftOut: 0,
          summary: `Adds ${added.length ? added.join(', ') : 'nothing'}; updates ${updated.length ? updated.join(', ') : 'nothing'}; ${plan.unchanged} unchanged.`,
        };
        session.scratch.set(`import:${token}`, {
          steps: () => opsInSteps([...plan.ops], IMPORT_STEP),
          size: plan.ops.length,
          basis,
        } satisfies PendingImport);
      } else {
        // read and planned in one pass, a slice at a time: the contacts are never all kept beside the plan
        const plan = await planContactImportInSlices(
          [...vault.data.peers],
          file.contacts,
          { now: deps.now().toISOString(), newId: deps.newId, lifeEvents: vault.data.lifeEvents },
          yieldToLoop,
          2_000,
          (n) => progress('reading', n, null),
        );
        refuseIfNoneRead(plan.contacts, file.log);
        if (plan.contacts === 0) throw new CompeerError('UNSUPPORTED_FILE', 'The file has no contacts in it. Nothing was imported.');
        session.requireVault();
        const count = (a: string) => plan.rows.filter((r) => r.action === a).length;
        preview = {
          token,
          fileName,
          format: file.label,
          encoding: file.encoding,
          rows: plan.rows,
          counts: {
            add: count('add'),
            merge: count('merge'),
            skip: count('skip'),
            conflicts: plan.rows.reduce((n, r) => n + r.conflicts.length, 0),
          },
          warnings: listWarnings(file.log, plan.log),
          warningCount: file.log.count + plan.log.count,
          leftOut: file.log.leftOut + plan.log.leftOut,
          summary: null,
        };
        const rowPeers = new Map(plan.rows.map((r, i) => [r.row, plan.peerIds[i]!] as const));
        session.scratch.set(`import:${token}`, {
          steps: (useIncoming) => plan.opSteps(useIncoming, IMPORT_STEP),
          size: count('add') + count('merge'),
          basis,
          rowPeers,
        } satisfies PendingImport);
      }
      return preview;
    },
    'import:commit': async ({ token, useIncoming, leaveOutRows, peerTypes, tags }) => {
      const pending = session.scratch.get(`import:${token}`) as PendingImport | undefined;
      if (!pending) throw new CompeerError('NOT_FOUND', 'This import preview has expired. Choose the file again.');
      if (pending.basis !== basisOf(session))
        throw new CompeerError(
          'INVALID_INPUT',
          'Your peers changed since the preview. Choose the file again to see an up-to-date preview.',
        );
      const vault = session.requireVault();
      const existing = new Set(vault.data.peers.map((p) => p.id));
      const leaveOut = new Set(leaveOutRows.map((r) => pending.rowPeers?.get(r)).filter((id): id is string => id !== undefined));
      // saved a step at a time (one change record each), so a large import never becomes one
      // huge change; the window hears how far it has come
      let added = 0;
      let written = 0;
      for (const step of pending.steps(new Set(useIncoming))) {
        // batch choices apply to a contact import's new peers (a Compeer JSON export keeps its own)
        const ops = pending.rowPeers ? applyBatchChoices(step, existing, { leaveOut, peerTypes, tags }) : step;
        if (ops.length) await vault.apply(ops);
        for (const o of ops) if (o.op === 'put' && o.collection === 'peers' && !existing.has(o.record.id as string)) added++;
        written += ops.length;
        progress('saving', Math.min(written, pending.size), pending.size);
      }
      session.scratch.delete(`import:${token}`);
      // everything written that is not a new peer counts as updated (a JSON export also writes ties, journal…)
      return { added, updated: written - added };
    },
  };
}
