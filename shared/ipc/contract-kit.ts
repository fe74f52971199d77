import { z } from 'zod';
import { idSchema } from '../schema/document';

/** Names a channel's result type (a type-level marker; the value is never used). */
export const returns = <T>(): T => undefined as T;

/** A channel that takes no input. */
export const none = z.undefined().optional();

/** One or more record ids (bulk actions). */
export const ids = z.array(idSchema).min(1).max(10_000);

/** A row of the contract: the input schema main checks, the result type the renderer gets. */
export interface ContractRow {
  input: z.ZodType;
  result: unknown;
}
