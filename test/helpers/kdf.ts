/** The floor of the allowed Argon2id settings: real Argon2id, fast enough for many tests. */
export const TEST_KDF = { m: 19 * 1024, t: 2, p: 1 };
