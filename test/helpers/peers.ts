import type { FilterablePeer } from '../../shared/domain/peer-filter';

/** A peer as the Peers list filters and sorts it: the fields given over plain defaults. */
export const filterablePeer = (id: string, p: Partial<FilterablePeer> = {}): FilterablePeer => ({
  id,
  name: '',
  company: '',
  role: '',
  tags: [],
  skills: [],
  peerTypes: [],
  status: 'active',
  careerStage: null,
  source: '',
  updatedAt: '2026-01-01T00:00:00.000Z',
  closeness: 3,
  ...p,
});
