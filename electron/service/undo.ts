import { CompeerError } from '../../shared/errors';
import type { VaultDocument } from '../../shared/schema/document';
import type { Vault, VaultOp } from '../core/vault';

/** What each undo answers the window, by the kind of thing deleted (the channels' results). */
export interface UndoResults {
  peers: { peers: number };
  interactions: { restored: number };
  lifeEvents: { restored: number };
  journal: { id: string };
  notes: { id: string };
  groups: { restored: string };
}
export type UndoKind = keyof UndoResults;

/**
 * The vault ops that put a deletion back: fixed when they were deleted, or worked out when the
 * undo runs, from the vault as it is then (a meeting goes back into its group as the group is now).
 */
export type InverseOps = readonly VaultOp[] | ((doc: Readonly<VaultDocument>) => VaultOp[]);

interface Kept<R> {
  inverse: InverseOps;
  result: R;
}
type Shelves = { [K in UndoKind]: Map<string, Kept<UndoResults[K]>> };

const NOTHING = 'There is nothing to undo any more (undo lasts until the vault locks).';

/**
 * Undo of deletions: what puts them back is kept in this process's memory only, never in the
 * window, and dropped when the vault locks. A token undoes once, and only a deletion of its kind.
 */
export class UndoShelf {
  private shelves: Shelves = UndoShelf.empty();

  private static empty(): Shelves {
    return { peers: new Map(), interactions: new Map(), lifeEvents: new Map(), journal: new Map(), notes: new Map(), groups: new Map() };
  }

  /** Keep `inverse` under `token` (a fresh id); the token is what the window is given. */
  keep<K extends UndoKind>(kind: K, token: string, inverse: InverseOps, result: UndoResults[K]): string {
    this.shelves[kind].set(token, { inverse, result });
    return token;
  }

  /** Take what `token` keeps, once: a token already used, of another kind or from before a lock finds nothing. */
  take<K extends UndoKind>(kind: K, token: string): Kept<UndoResults[K]> {
    const shelf = this.shelves[kind];
    const kept = shelf.get(token);
    if (!kept) throw new CompeerError('NOT_FOUND', NOTHING);
    shelf.delete(token);
    return kept;
  }

  /** Put the deletion back in one vault change; when that fails the undo stays on offer. */
  async restore<K extends UndoKind>(kind: K, token: string, vault: Vault): Promise<UndoResults[K]> {
    const kept = this.take(kind, token);
    try {
      await vault.apply(typeof kept.inverse === 'function' ? kept.inverse(vault.data) : [...kept.inverse]);
    } catch (e) {
      this.keep(kind, token, kept.inverse, kept.result);
      throw e;
    }
    return kept.result;
  }

  /** Forget every undo (the vault locked, or its contents were replaced). */
  clear(): void {
    this.shelves = UndoShelf.empty();
  }
}
