import { documentSchema, type VaultDocument } from '../../../shared/schema/document';
import { plusDays } from '../../../shared/domain/days';

/** Small vaults for the advisor's tests: each has one right answer, known by construction. */
export const TODAY = '2025-06-26';
export const ago = (n: number) => plusDays(TODAY, -n);

export const vault = (parts: Record<string, unknown>): VaultDocument => documentSchema.parse({ schemaVersion: 3, ...parts });

const interaction = (id: string, peerId: string, daysAgo: number, extra: Record<string, unknown> = {}) => ({
  id,
  date: ago(daysAgo),
  peerIds: [peerId],
  ...extra,
});

/** Exactly one peer (Ana) is complementary: her skill meets my need and her need meets my skill. Bo and Cy meet one way only. */
export const complementary = () =>
  vault({
    me: { name: 'Me', skills: ['Public speaking'], needs: ['Kubernetes'] },
    peers: [
      { id: 'ana', name: 'Ana Lima', skills: ['k8s'], needs: ['talks'] },
      { id: 'bo', name: 'Bo Chen', skills: ['Kubernetes'] },
      { id: 'cy', name: 'Cy Park', needs: ['speaking'] },
    ],
  });

const high = (generous = 4) => ({ sharedValues: 5, growthMindset: 5, generousSpirit: generous });
/** Five peers rated high on the three qualities (Eve the most generous), three rated low: the group is the five, Eve leads first. */
export const groupable = () =>
  vault({
    me: { name: 'Me', industry: 'software', function: 'engineering', country: 'PT', careerStage: 'mid' },
    peers: [
      {
        id: 'p1',
        name: 'Ana',
        industry: 'health',
        function: 'design',
        country: 'BR',
        careerStage: 'early',
        peerTypes: ['industry'],
        qualities: high(),
      },
      {
        id: 'p2',
        name: 'Bo',
        industry: 'finance',
        function: 'sales',
        country: 'CN',
        careerStage: 'senior',
        peerTypes: ['functional'],
        qualities: high(),
      },
      {
        id: 'p3',
        name: 'Cy',
        industry: 'retail',
        function: 'product',
        country: 'KR',
        careerStage: 'lead',
        peerTypes: ['cohort'],
        qualities: high(),
      },
      {
        id: 'p4',
        name: 'Dee',
        industry: 'energy',
        function: 'data',
        country: 'DE',
        careerStage: 'mid',
        peerTypes: ['geographic'],
        qualities: high(),
      },
      {
        id: 'p5',
        name: 'Eve',
        industry: 'media',
        function: 'marketing',
        country: 'FR',
        careerStage: 'early',
        peerTypes: ['interest'],
        qualities: high(5),
      },
      {
        id: 'p6',
        name: 'Fay',
        industry: 'travel',
        function: 'ops',
        country: 'JP',
        careerStage: 'senior',
        peerTypes: ['cross-functional'],
        qualities: { sharedValues: 2, growthMindset: 2, generousSpirit: 2 },
      },
      {
        id: 'p7',
        name: 'Gus',
        industry: 'legal',
        function: 'law',
        country: 'IT',
        careerStage: 'lead',
        qualities: { sharedValues: 1, growthMindset: 3, generousSpirit: 3 },
      },
      { id: 'p8', name: 'Hal', industry: 'software', function: 'engineering', country: 'PT', careerStage: 'mid' },
    ],
  });

/** Ana has an open goal and an open follow-up from a confidential talk; Bo has nothing to talk about. */
export const talkable = () =>
  vault({
    me: { name: 'Me', skills: ['hiring'] },
    peers: [
      { id: 'ana', name: 'Ana Lima', needs: ['recruiting'] },
      { id: 'bo', name: 'Bo Chen' },
    ],
    goals: [{ id: 'g-ana', title: 'Get promoted to staff', owner: 'ana' }],
    interactions: [
      interaction('i1', 'ana', 20, { confidential: true, summary: 'SECRET talk', followUps: [{ id: 'f1', text: 'SECRET follow-up' }] }),
    ],
  });

/** Exactly one open opportunity (o1) fits exactly three peers: Ana needs it, Bo has it as a goal, Cy has the one skill it asks for; o2 fits nobody; o3 is past its deadline. */
export const shareable = () =>
  vault({
    peers: [
      { id: 'ana', name: 'Ana', needs: ['Kubernetes'] },
      { id: 'bo', name: 'Bo' },
      { id: 'cy', name: 'Cy', skills: ['kubernetes'] },
    ],
    goals: [{ id: 'g-bo', title: 'Learn Kubernetes', owner: 'bo' }],
    opportunities: [
      { id: 'o1', title: 'Cluster operations', skills: ['Kubernetes'] },
      { id: 'o2', title: 'Watercolour workshop' },
      { id: 'o3', title: 'Old cluster gig', skills: ['Kubernetes'], deadline: ago(3) },
    ],
  });

/** Ana: the same goal as mine and a journal entry about her tagged competition. Bo: one entry tagged gratitude. */
export const strained = () =>
  vault({
    peers: [
      { id: 'ana', name: 'Ana' },
      { id: 'bo', name: 'Bo' },
    ],
    goals: [
      { id: 'g-me', title: 'Become staff engineer', owner: 'me' },
      { id: 'g-ana', title: 'Become Staff Engineers', owner: 'ana' },
    ],
    journal: [
      { id: 'j1', date: ago(10), body: 'CONFIDENTIAL body', tags: ['Competition'], peerIds: ['ana'] },
      { id: 'j2', date: ago(12), body: 'thanks', tags: ['gratitude'], peerIds: ['bo'] },
    ],
  });

/** Contact with Ana fell 3, 2, 1 across the three 90-day windows; Bo's held 1, 1, 1; Cy's rose 1, 2, 3. */
export const fading = () => {
  const at = (peer: string, counts: number[]) =>
    counts.flatMap((n, w) => Array.from({ length: n }, (_, k) => interaction(`${peer}-${w}-${k}`, peer, 90 * (2 - w) + 10 + k)));
  return vault({
    peers: [
      { id: 'ana', name: 'Ana' },
      { id: 'bo', name: 'Bo' },
      { id: 'cy', name: 'Cy' },
    ],
    interactions: [...at('ana', [3, 2, 1]), ...at('bo', [1, 1, 1]), ...at('cy', [1, 2, 3])],
  });
};

/** Ana's need meets Bo's skill (through the synonym table) and Cy's, but Ana and Cy already know each other: one introduction, Ana and Bo. */
export const introducible = () =>
  vault({
    peers: [
      { id: 'ana', name: 'Ana', needs: ['fundraising'], interests: ['Climbing'] },
      { id: 'bo', name: 'Bo', skills: ['raising money'], interests: ['climbing'] },
      { id: 'cy', name: 'Cy', skills: ['Fundraising'] },
      { id: 'dan', name: 'Dan', skills: ['pottery'] },
    ],
    ties: [{ id: 't1', a: 'ana', b: 'cy' }],
  });

/** o1 asks for one skill, Terraform: Ana has exactly it, Dan has it and a lucky extra word; Bo and Cy have neither. */
export const oneSkill = () =>
  vault({
    peers: [
      { id: 'ana', name: 'Ana', skills: ['terraform'] },
      { id: 'bo', name: 'Bo', skills: ['pottery'] },
      { id: 'cy', name: 'Cy', needs: ['a new role'], careerStage: 'senior' },
      { id: 'dan', name: 'Dan', skills: ['Terraform'], interests: ['platform contracts'] },
    ],
    opportunities: [{ id: 'o1', title: 'Platform contract', kind: 'client', skills: ['Terraform'] }],
  });

/** A staff job elsewhere: Ana wants an internal promotion, Bo a reference for a new role, Cy and Dee are senior. It fits nobody. */
export const wordsOnly = () =>
  vault({
    peers: [
      { id: 'ana', name: 'Ana', needs: ['staff promotion case'], careerStage: 'senior' },
      { id: 'bo', name: 'Bo', needs: ['reference for a new role'] },
      { id: 'cy', name: 'Cy', careerStage: 'senior', interests: ['open slots'] },
      { id: 'dee', name: 'Dee', careerStage: 'senior' },
    ],
    opportunities: [{ id: 'o1', title: 'Senior staff engineer role at Hooli, open slot', kind: 'job' }],
  });

/**
 * Ana: monthly for the year before the last six months, then two visits in those six months
 * (at 40 and 130 days ago, moved by `shift` days). Bo: monthly all along. Cy: every quarter
 * all along. Exactly one monthly friend gone quiet.
 */
export const rhythm = (shift = 0) => {
  const every = (peer: string, from: number, to: number, step: number) =>
    Array.from({ length: Math.floor((to - from) / step) + 1 }, (_, k) => interaction(`${peer}-${k}`, peer, from + k * step));
  return vault({
    peers: [
      { id: 'ana', name: 'Ana Lima' },
      { id: 'bo', name: 'Bo Chen' },
      { id: 'cy', name: 'Cy Park' },
    ],
    interactions: [
      ...every('ana', 200 + shift, 530 + shift, 30),
      interaction('ana-r1', 'ana', 40 + shift),
      interaction('ana-r2', 'ana', 130 - shift),
      ...every('bo', 10 + shift, 530, 30),
      ...every('cy', 20 + shift, 530, 91),
    ],
  });
};

/**
 * Maya: marked dormant, close, but seen 14 days ago (her cadence is 30 days). Noa: dormant,
 * close, last seen 200 days ago. Only Noa is worth reviving.
 */
export const revivable = () =>
  vault({
    peers: [
      { id: 'maya', name: 'Maya Costa', status: 'dormant', closeness: 5, cadenceDays: 30 },
      { id: 'noa', name: 'Noa Ben', status: 'dormant', closeness: 5 },
    ],
    interactions: [interaction('m1', 'maya', 14), interaction('n1', 'noa', 200)],
  });

/**
 * Kemi started a new job 5 days ago (Today says: celebrate), Dmitri was promoted 60 days
 * ago; both now differ from me in industry and place. Only Dmitri's divergence is said.
 */
export const newJob = () =>
  vault({
    me: { name: 'Me', industry: 'Fintech', country: 'Portugal', careerStage: 'senior' },
    peers: [
      { id: 'kemi', name: 'Kemi Adeyemi', industry: 'Health', country: 'Nigeria', careerStage: 'lead' },
      { id: 'dmitri', name: 'Dmitri Ivanov', industry: 'Analytics', country: 'Estonia', careerStage: 'lead' },
    ],
    lifeEvents: [
      { id: 'e-kemi', peerId: 'kemi', kind: 'new-job', date: ago(5) },
      { id: 'e-dmitri', peerId: 'dmitri', kind: 'promotion', date: ago(60) },
    ],
  });
