import { describe, expect, test } from 'vitest';
import { CHANGE_CHANNELS, isChange } from '../../../shared/ipc/changes';
import { CHANNELS } from '../../../shared/ipc/channels';

describe('the channels that change the vault', () => {
  test('are channels', () => {
    expect(CHANGE_CHANNELS.filter((c) => !(CHANNELS as readonly string[]).includes(c))).toEqual([]);
  });

  test('every channel whose verb writes is one (a change nobody refreshes after would leave screens stale)', () => {
    const writes =
      /^(save|delete|undo|undoDelete|bulkUpdate|introduce|commit|importCommit|set|setFollowUp|setRotation|generateRotation|saveMeeting|deleteMeeting|setActionItem|checkIn|deleteCheckIn|setMilestone|share|dismiss|snooze|restore|update|open|close|debrief|acceptLoss|restoreBackup|restoreNewestBackup|changePassphrase|savePositions)$/;
    const missed = CHANNELS.filter((c) => writes.test(c.split(':')[1]!) && !isChange(c));
    expect(missed).toEqual([]);
  });

  test('a read, a reveal, a search or a preview is none', () => {
    for (const c of [
      'peers:list',
      'peers:get',
      'peers:revealNotes',
      'search:query',
      'import:preview',
      'journal:importPreview',
      'export:peers',
    ])
      expect(isChange(c)).toBe(false);
  });
});
