import type { VaultOp } from '../vault';
import { sampleGroupOps } from './sample-groups';
import { sampleInteractionOps } from './sample-interactions';
import { sampleJournalOps } from './sample-journal';

/**
 * The "Try it with sample data" vault: about forty invented peers in three clusters (a
 * fintech cohort, a platform-engineering community, a local design scene), with ties and two
 * groups. Deterministic, and only ever written to the separate sample vault.
 */
const PEOPLE: [name: string, company: string, role: string, industry: string, fn: string, city: string, country: string, stage: string, types: string[], skills: string[], needs: string[], tags: string[]][] = [
  ['Ana Silva', 'Lumen Health', 'Senior Engineer', 'Health tech', 'Engineering', 'Lisbon', 'Portugal', 'senior', ['cohort', 'industry'], ['distributed systems', 'mentoring'], ['staff promotion case'], ['grad-2016']],
  ['Ben Okafor', 'Northwind Bank', 'Product Manager', 'Fintech', 'Product', 'London', 'United Kingdom', 'mid', ['industry', 'cross-functional'], ['pricing', 'roadmaps'], ['intro to data leaders'], ['fintech']],
  ['Chen Wei', 'Initech', 'Product Designer', 'Enterprise software', 'Design', 'Berlin', 'Germany', 'mid', ['interest'], ['design systems', 'research'], ['portfolio feedback'], ['design']],
  ['Dana Kowalski', 'Umbrella Analytics', 'Data Scientist', 'Analytics', 'Data', 'Warsaw', 'Poland', 'mid', ['functional', 'interest'], ['causal inference', 'python'], ['conference speaking'], ['ml-meetup']],
  ['Eli Novak', 'Globex', 'Engineering Manager', 'Logistics', 'Engineering', 'Prague', 'Czechia', 'senior', ['functional'], ['hiring', 'incident response'], ['peer group for new managers'], ['managers']],
  ['Fatima Haddad', 'Northwind Bank', 'Risk Analyst', 'Fintech', 'Risk', 'London', 'United Kingdom', 'early', ['industry', 'geographic'], ['credit models'], ['career strategy'], ['fintech']],
  ['Gus Berg', 'Hooli', 'Staff Engineer', 'Consumer tech', 'Engineering', 'Stockholm', 'Sweden', 'senior', ['functional', 'interest'], ['platform engineering', 'kubernetes'], ['writing'], ['platform']],
  ['Hana Sato', 'Soylent Data', 'Analytics Lead', 'Food tech', 'Data', 'Tokyo', 'Japan', 'senior', ['functional'], ['dbt', 'stakeholder management'], ['board exposure'], ['data-leaders']],
  ['Ivan Petrov', 'Stark Analytics', 'Backend Engineer', 'Analytics', 'Engineering', 'Sofia', 'Bulgaria', 'early', ['cohort'], ['go', 'postgres'], ['first promotion'], ['grad-2016']],
  ['Jo Mensah', 'Acme Robotics', 'Hardware Engineer', 'Robotics', 'Engineering', 'Accra', 'Ghana', 'mid', ['interest'], ['embedded', 'pcb design'], ['relocation advice'], []],
  ['Kemi Adeyemi', 'Paystack Labs', 'Product Lead', 'Fintech', 'Product', 'Lagos', 'Nigeria', 'lead', ['industry'], ['payments', 'go-to-market'], ['hiring PMs'], ['fintech']],
  ['Lars Nilsson', 'Globex', 'Lead, Developer Experience', 'Logistics', 'Engineering', 'Stockholm', 'Sweden', 'lead', ['functional', 'geographic'], ['developer tooling', 'public speaking'], ['co-author for a talk'], ['platform']],
  ['Maya Costa', 'Lumen Health', 'UX Researcher', 'Health tech', 'Design', 'Lisbon', 'Portugal', 'mid', ['cross-functional', 'geographic'], ['interviews', 'synthesis'], ['salary benchmark'], ['design']],
  ['Nia Reyes', 'Vandelay Imports', 'Operations Manager', 'Retail', 'Operations', 'Madrid', 'Spain', 'mid', ['cross-functional'], ['process design'], ['MBA decision'], []],
  ['Omar Haddad', 'Initech', 'Security Engineer', 'Enterprise software', 'Security', 'Berlin', 'Germany', 'senior', ['functional'], ['threat modelling'], ['reference for a new role'], ['security']],
  ['Priya Gupta', 'Stark Analytics', 'Data Engineer', 'Analytics', 'Data', 'Bengaluru', 'India', 'mid', ['cohort', 'functional'], ['spark', 'airflow'], ['remote team tips'], ['grad-2016', 'data-leaders']],
  ['Quinn Larsen', 'Hooli', 'Site Reliability Engineer', 'Consumer tech', 'Engineering', 'Copenhagen', 'Denmark', 'mid', ['interest'], ['observability'], ['on-call burnout'], ['platform']],
  ['Rosa Alvarez', 'Acme Robotics', 'Engineering Manager', 'Robotics', 'Engineering', 'Barcelona', 'Spain', 'senior', ['functional'], ['team building'], ['peer group'], ['managers']],
  ['Sam Fischer', 'Umbrella Analytics', 'Product Manager', 'Analytics', 'Product', 'Munich', 'Germany', 'mid', ['cross-functional'], ['discovery'], ['feedback on a strategy doc'], []],
  ['Tariq Osei', 'Soylent Data', 'Designer', 'Food tech', 'Design', 'Accra', 'Ghana', 'early', ['interest'], ['illustration', 'figma'], ['first conference talk'], ['design']],
  ['Uma Singh', 'Northwind Bank', 'Compliance Lead', 'Fintech', 'Legal', 'Singapore', 'Singapore', 'lead', ['industry'], ['regulation'], ['speaking slot'], ['fintech']],
  ['Vik Moreau', 'Globex', 'Platform Engineer', 'Logistics', 'Engineering', 'Lyon', 'France', 'mid', ['functional', 'interest'], ['terraform'], ['open-source maintainers'], ['platform']],
  ['Wen Nakamura', 'Hooli', 'Engineering Director', 'Consumer tech', 'Engineering', 'Tokyo', 'Japan', 'lead', ['industry'], ['org design'], ['succession planning'], ['managers']],
  ['Xavi Costa', 'Vandelay Imports', 'Data Analyst', 'Retail', 'Data', 'Porto', 'Portugal', 'early', ['geographic'], ['sql'], ['learning path'], []],
  ['Yara Haddad', 'Lumen Health', 'Clinical Product Manager', 'Health tech', 'Product', 'Lisbon', 'Portugal', 'senior', ['industry', 'geographic'], ['clinical workflows'], ['intro to payers'], []],
  ['Zoe Petrov', 'Initech', 'Frontend Engineer', 'Enterprise software', 'Engineering', 'Sofia', 'Bulgaria', 'early', ['cohort'], ['react', 'accessibility'], ['code review culture'], ['grad-2016']],
  ['Aiko Tanaka', 'Soylent Data', 'ML Engineer', 'Food tech', 'Data', 'Osaka', 'Japan', 'mid', ['functional'], ['forecasting'], ['visa advice'], ['ml-meetup']],
  ['Bruno Lima', 'Paystack Labs', 'Backend Engineer', 'Fintech', 'Engineering', 'São Paulo', 'Brazil', 'mid', ['industry', 'interest'], ['ledgers'], ['move to staff'], ['fintech']],
  ['Clara Mendes', 'Acme Robotics', 'Product Designer', 'Robotics', 'Design', 'Lisbon', 'Portugal', 'mid', ['geographic', 'interest'], ['service design'], ['portfolio review'], ['design']],
  ['Dmitri Ivanov', 'Stark Analytics', 'CTO', 'Analytics', 'Engineering', 'Tallinn', 'Estonia', 'lead', ['industry'], ['fundraising', 'architecture'], ['board advice'], []],
  ['Esme Clarke', 'Umbrella Analytics', 'People Partner', 'Analytics', 'People', 'Manchester', 'United Kingdom', 'senior', ['cross-functional'], ['performance reviews'], ['coaching certification'], []],
  ['Femi Bello', 'Vandelay Imports', 'Supply Chain Analyst', 'Retail', 'Operations', 'Lagos', 'Nigeria', 'early', ['cohort'], ['excel', 'forecasting'], ['mentor'], ['grad-2016']],
  ['Greta Holm', 'Hooli', 'Technical Writer', 'Consumer tech', 'Content', 'Oslo', 'Norway', 'mid', ['interest'], ['docs as code'], ['editor for a book'], ['platform']],
  ['Hugo Martin', 'Globex', 'Solutions Architect', 'Logistics', 'Engineering', 'Paris', 'France', 'senior', ['functional'], ['customer workshops'], ['negotiation practice'], []],
  ['Isla Murray', 'Lumen Health', 'Data Protection Officer', 'Health tech', 'Legal', 'Edinburgh', 'United Kingdom', 'senior', ['cross-functional'], ['GDPR'], ['peer review of a policy'], ['security']],
  ['Jonas Weber', 'Initech', 'QA Lead', 'Enterprise software', 'Engineering', 'Hamburg', 'Germany', 'senior', ['functional'], ['test strategy'], ['switching to management'], ['managers']],
  ['Kofi Asante', 'Acme Robotics', 'Controls Engineer', 'Robotics', 'Engineering', 'Kumasi', 'Ghana', 'mid', ['interest', 'cohort'], ['ROS', 'control theory'], ['conference funding'], []],
  ['Lea Dubois', 'Paystack Labs', 'Growth Marketer', 'Fintech', 'Marketing', 'Paris', 'France', 'mid', ['cross-functional'], ['experimentation'], ['analytics help'], ['fintech']],
  ['Mateo Rossi', 'Soylent Data', 'Engineering Manager', 'Food tech', 'Engineering', 'Milan', 'Italy', 'senior', ['functional'], ['remote teams'], ['peer group for new managers'], ['managers']],
  ['Noor Rahman', 'Northwind Bank', 'Quant Developer', 'Fintech', 'Engineering', 'Dubai', 'United Arab Emirates', 'mid', ['industry'], ['c++', 'risk engines'], ['work-life balance'], ['fintech']],
];

const TIES: [a: number, b: number, kind: string, strength: number][] = [
  [0, 12, 'work-together', 3], [0, 24, 'work-together', 2], [12, 24, 'work-together', 2], [0, 8, 'same-community', 2], [8, 15, 'same-community', 2],
  [15, 25, 'same-community', 1], [25, 31, 'same-community', 1], [1, 5, 'work-together', 3], [1, 10, 'know-each-other', 2], [5, 20, 'work-together', 2],
  [10, 27, 'work-together', 3], [27, 37, 'work-together', 2], [20, 39, 'work-together', 1], [1, 39, 'know-each-other', 1], [6, 11, 'same-community', 3],
  [6, 16, 'same-community', 2], [11, 21, 'work-together', 3], [16, 32, 'know-each-other', 2], [21, 32, 'same-community', 1], [6, 22, 'work-together', 2],
  [2, 14, 'work-together', 2], [2, 28, 'same-community', 2], [28, 19, 'same-community', 1], [12, 28, 'know-each-other', 2], [3, 26, 'same-community', 3],
  [3, 18, 'work-together', 2], [3, 7, 'know-each-other', 1], [7, 26, 'work-together', 2], [4, 17, 'same-community', 2], [4, 38, 'introduced', 2],
  [17, 35, 'know-each-other', 1], [4, 11, 'work-together', 2], [9, 36, 'same-community', 2], [9, 17, 'work-together', 2], [13, 31, 'work-together', 1],
  [23, 13, 'work-together', 2], [23, 0, 'know-each-other', 1], [29, 15, 'work-together', 2], [29, 8, 'work-together', 2], [30, 18, 'work-together', 2],
  [33, 21, 'work-together', 2], [34, 12, 'work-together', 1], [34, 14, 'know-each-other', 1], [35, 2, 'work-together', 1], [36, 17, 'work-together', 2],
  [37, 1, 'know-each-other', 1], [38, 7, 'work-together', 2], [39, 5, 'know-each-other', 2], [22, 38, 'introduced', 1], [19, 9, 'know-each-other', 1],
];

const MET = ['alumni-network', 'conference-event', 'online-community', 'workplace', 'professional-association', 'training-program', 'introduction', 'other'] as const;
const TS = '2026-01-15T09:00:00.000Z';

/** The sample peers' ids, in order (`sample-p1`...), for the feature samples to refer to. */
export const SAMPLE_PEER_IDS: readonly string[] = PEOPLE.map((_, i) => `sample-p${i + 1}`);

/**
 * Every op of the sample vault. `today` (YYYY-MM-DD) anchors what is dated (a year of
 * interactions up to today, entries, meetings), so Today and the charts always have something
 * to show; each feature adds its part from its own file.
 */
export function sampleOps(today: string): VaultOp[] {
  return [...basePeopleOps(), ...sampleInteractionOps(today), ...sampleJournalOps(today), ...sampleGroupOps(today)];
}

function basePeopleOps(): VaultOp[] {
  const ops: VaultOp[] = PEOPLE.map(([name, company, role, industry, fn, city, country, stage, types, skills, needs, tags], i) => ({
    op: 'put',
    collection: 'peers',
    record: {
      id: `sample-p${i + 1}`,
      name,
      company,
      role,
      industry,
      function: fn,
      city,
      country,
      careerStage: stage,
      peerTypes: types,
      skills,
      needs,
      tags,
      closeness: 1 + ((i * 7) % 5),
      status: i % 13 === 12 ? 'dormant' : i === 35 ? 'archived' : 'active',
      cadenceDays: [30, 45, 60, 90][i % 4],
      qualities: { similarCareerStage: 3 + (i % 3), generousSpirit: 2 + ((i * 3) % 4), growthMindset: 3 + ((i * 5) % 3) },
      met: { where: MET[i % MET.length], detail: '', date: `20${18 + (i % 8)}-0${1 + (i % 9)}-1${i % 10}` },
      contacts: { emails: [`${name.split(' ')[0]!.toLowerCase()}@example.org`], phones: [], linkedin: '', website: '' },
      notes: i % 4 === 0 ? `Talked about ${needs[0]}. Follow up next month.` : '',
      notesConfidential: true,
      source: 'Sample data',
      createdAt: TS,
      updatedAt: TS,
    },
  }));
  TIES.forEach(([a, b, kind, strength], i) =>
    ops.push({ op: 'put', collection: 'ties', record: { id: `sample-t${i + 1}`, a: `sample-p${a + 1}`, b: `sample-p${b + 1}`, kind, strength, date: null, note: '', createdAt: TS, updatedAt: TS } }),
  );
  ops.push(
    { op: 'put', collection: 'groups', record: { id: 'sample-g1', name: 'New managers circle', kind: 'formal-advisory', memberIds: ['sample-p5', 'sample-p18', 'sample-p36', 'sample-p39', 'sample-p23'], facilitatorOrder: [], cadenceDays: 30, createdAt: TS, updatedAt: TS } },
    { op: 'put', collection: 'groups', record: { id: 'sample-g2', name: 'Platform guild', kind: 'informal-network', memberIds: ['sample-p7', 'sample-p12', 'sample-p17', 'sample-p22', 'sample-p33'], facilitatorOrder: [], cadenceDays: 60, createdAt: TS, updatedAt: TS } },
    { op: 'set', key: 'me', value: { name: 'You (sample)', role: 'Senior Engineer', company: 'Example Co', industry: 'Fintech', function: 'Engineering', city: 'Lisbon', country: 'Portugal', timeZone: 'Europe/Lisbon', careerStage: 'senior', yearsExperience: 9, skills: ['backend', 'mentoring'], needs: ['staff promotion', 'public speaking'], interests: ['platform engineering'], values: ['generosity', 'candour'] } },
  );
  return ops;
}
