/** Messages between the map and its layout worker. */
export interface LayoutRequest {
  nodes: { id: string; closeness: number; x?: number; y?: number }[];
  links: { source: string; target: string; strength: number }[];
}

export type LayoutMessage =
  | { kind: 'progress'; done: number }
  /** where the peers start, shown while they settle; `ms` since the request */
  | { kind: 'start'; positions: Record<string, [number, number]>; ms: number }
  | { kind: 'done'; positions: Record<string, [number, number]>; ms: number };

/** How far from "me" a peer sits: closer peers nearer the centre. */
export const ringRadius = (closeness: number) => 70 + (5 - closeness) * 85;
