/** What every feature's handlers are given besides the session: the clock and new ids, so tests can fix both. */
export interface HandlerDeps {
  now: () => Date;
  newId: () => string;
}
