/** "1 day", "2 days": a count with its noun (English; `many` for irregular plurals). */
export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
