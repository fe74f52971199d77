import { describe, expect, test } from 'vitest';
import { mapYourNetwork } from '../../shared/domain/diversity';
import { peerSchema } from '../../shared/schema/document';
import * as vocabulary from '../../shared/schema/vocabulary';
import * as labels from '../../shared/vocabulary-labels';
import * as groupScreens from '../../renderer/src/groups/labels';
import * as interactionScreens from '../../renderer/src/interactions/labels';
import * as peerScreens from '../../renderer/src/peers/labels';

// each table of words and the vocabulary it names
const TABLES = [
  ['PEER_TYPE_LABEL', vocabulary.PEER_TYPES],
  ['PEER_STATUS_LABEL', vocabulary.PEER_STATUSES],
  ['CAREER_STAGE_LABEL', vocabulary.CAREER_STAGES],
  ['MET_WHERE_LABEL', vocabulary.MET_WHERE],
  ['QUALITY_LABEL', vocabulary.QUALITIES],
  ['TIE_KIND_LABEL', vocabulary.TIE_KINDS],
  ['CHANNEL_LABEL', vocabulary.INTERACTION_CHANNELS],
  ['PURPOSE_LABEL', vocabulary.INTERACTION_PURPOSES],
  ['VALUE_KIND_LABEL', vocabulary.VALUE_KINDS],
  ['LIFE_EVENT_LABEL', vocabulary.LIFE_EVENT_KINDS],
  ['LEARNING_TOPIC_LABEL', vocabulary.LEARNING_TOPICS],
  ['GROUP_KIND_LABEL', vocabulary.GROUP_KINDS],
  ['GOAL_STATUS_LABEL', vocabulary.GOAL_STATUSES],
  ['OPPORTUNITY_KIND_LABEL', vocabulary.OPPORTUNITY_KINDS],
  ['OPPORTUNITY_STATUS_LABEL', vocabulary.OPPORTUNITY_STATUSES],
  ['JOURNAL_KIND_LABEL', vocabulary.JOURNAL_KINDS],
] as const;

describe('the words shown for the vocabulary: one table each', () => {
  test.each(TABLES)('%s names every value once, each with its own words', (name, values) => {
    const table = labels[name] as Record<string, string>;
    expect(Object.keys(table)).toEqual([...values]);
    expect(new Set(Object.values(table)).size).toBe(values.length);
  });

  test('every screen shows the same words for the same value', () => {
    expect(interactionScreens.CHANNEL_LABEL).toBe(labels.CHANNEL_LABEL);
    expect(groupScreens.CHANNEL_LABEL).toBe(labels.CHANNEL_LABEL);
    expect(interactionScreens.PURPOSE_LABEL).toBe(labels.PURPOSE_LABEL);
    expect(interactionScreens.VALUE_KIND_LABEL).toBe(labels.VALUE_KIND_LABEL);
    expect(peerScreens.PEER_TYPE_LABEL).toBe(labels.PEER_TYPE_LABEL);
    expect(groupScreens.GROUP_KIND_LABEL).toBe(labels.GROUP_KIND_LABEL);
  });

  test("the network map's gaps speak of a peer type in the same words, in the middle of a sentence", () => {
    const gaps = mapYourNetwork([peerSchema.parse({ id: 'a', name: 'A', status: 'active' })]).gaps.map((g) => g.text);
    for (const t of vocabulary.PEER_TYPES) expect(gaps).toContain(`No ${labels.PEER_TYPE_LABEL[t].toLowerCase()} peers yet.`);
  });
});
