/**
 * How long the tests wait, in one place. Every time-out in test/ is a figure for an idle
 * two-core machine times SLOWDOWN, which COMPEER_TEST_SLOWDOWN sets: how many times slower
 * this run may be (another browser, a build or other tests beside it). A time-out only
 * decides how late a failing test says so, so the default is generous; a passing test never
 * waits for one. Plain numbers, nothing from vitest: vitest.config.mts reads it too.
 */
export const DEFAULT_SLOWDOWN = 3;

/** The factor from the environment's text; anything but a positive number is refused in words. */
export function slowdownFrom(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_SLOWDOWN;
  const n = Number(text);
  if (!Number.isFinite(n) || n <= 0)
    throw new Error(`COMPEER_TEST_SLOWDOWN must be a positive number (how many times slower than an idle machine), not "${text}"`);
  return n;
}

export const SLOWDOWN = slowdownFrom(process.env.COMPEER_TEST_SLOWDOWN);

/** A time-out: what an idle machine needs, with room, times the slowdown. */
export const patience = (idleMs: number): number => Math.round(idleMs * SLOWDOWN);

/**
 * One wait for something to appear or become true: a Playwright locator, `page.waitFor*`,
 * `expect.poll`, `vi.waitFor`. The harness makes it each page's default; vitest.config.mts
 * makes it expect.poll's.
 */
export const WAIT_MS = patience(10_000);

/** One test and one hook (vitest.config.mts), by project. */
export const TEST_MS = { unit: patience(60_000), browser: patience(90_000) };
export const HOOK_MS = patience(60_000);
