import { ActionIcon, Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { allTags } from '../../../shared/domain/peer-filter';
import type { Settings } from '../../../shared/schema/document';
import { PEER_TYPES, type PeerType } from '../../../shared/schema/vocabulary';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { PEER_TYPE_LABEL } from '../peers/labels';
import { useSession } from '../session/SessionProvider';
import { SaveBar, useSave } from '../settings/SaveBar';
import { Section } from '../settings/Section';
import { OwnEmailsSection } from './OwnEmailsSection';

type Days = number | string;
const days = (v: Days): number | null => (v === '' || !Number.isFinite(Number(v)) ? null : Math.round(Number(v)));
type TagRow = { tag: string | null; days: Days };
type GroupRow = { id: string | null; days: Days };

/** The cadence the form's rows stand for (empty or half-filled rows count for nothing). */
function toCadence(byType: Partial<Record<PeerType, Days>>, tags: TagRow[], groups: GroupRow[], fallback: Days): Settings['cadence'] {
  const cadence: Settings['cadence'] = { byType: {}, byTag: {}, byGroup: {}, fallbackDays: days(fallback) };
  for (const t of PEER_TYPES) {
    const d = days(byType[t] ?? '');
    if (d !== null) cadence.byType[t] = d;
  }
  for (const t of tags) if (t.tag && days(t.days) !== null) cadence.byTag[t.tag] = days(t.days)!;
  for (const g of groups) if (g.id && days(g.days) !== null) cadence.byGroup[g.id] = days(g.days)!;
  return cadence;
}

/** Settings: check-in cadence defaults ("Regular Communication") and the daily reminder. */
export function InteractionsSettings() {
  return (
    <>
      <CadenceSection />
      <RemindersSection />
      <OwnEmailsSection />
    </>
  );
}

function CadenceSection() {
  const { phase, setSettings } = useSession();
  const saved = phase.kind === 'unlocked' ? phase.settings.cadence : null;
  const [byType, setByType] = useState<Partial<Record<PeerType, Days>>>(() => ({ ...(saved?.byType ?? {}) }));
  const [tags, setTags] = useState<TagRow[]>(() => Object.entries(saved?.byTag ?? {}).map(([tag, d]) => ({ tag, days: d })));
  const [groups, setGroups] = useState<GroupRow[]>(() => Object.entries(saved?.byGroup ?? {}).map(([id, d]) => ({ id, days: d })));
  const [fallback, setFallback] = useState<Days>(saved?.fallbackDays ?? '');
  const peers = useVaultQuery('peers:list', undefined).data;
  const map = useVaultQuery('map:data', undefined).data;
  const tagOptions = useMemo(() => (peers ? allTags(peers) : []), [peers]);
  const groupOptions = useMemo(() => (map?.groups ?? []).map((g) => ({ value: g.id, label: g.name })), [map]);
  const { note, busy, run } = useSave();
  const cadence = toCadence(byType, tags, groups, fallback);
  const stored = saved
    ? toCadence(
        saved.byType,
        Object.entries(saved.byTag).map(([tag, d]) => ({ tag, days: d })),
        Object.entries(saved.byGroup).map(([id, d]) => ({ id, days: d })),
        saved.fallbackDays ?? '',
      )
    : null;
  const save = () => void run(async () => setSettings(await send('settings:update', { cadence })));

  const dayInput = (label: string, value: Days, onChange: (v: Days) => void, testId?: string) => (
    <NumberInput
      size="xs"
      label={label}
      placeholder="–"
      suffix=" days"
      min={1}
      max={3650}
      allowDecimal={false}
      value={value}
      onChange={onChange}
      data-testid={testId}
    />
  );

  return (
    <Section
      id="cadence"
      title="Keeping in touch"
      description="How often to check in, by default. A peer's own cadence (on their Edit form) comes first; otherwise the shortest default that applies to them. The next check-in is the last interaction plus the cadence, so logging anything resets it; a peer never contacted counts from the day you added them."
    >
      <Text size="sm" fw={500}>
        By peer type
      </Text>
      <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
        {PEER_TYPES.map((t) => (
          <div key={t}>{dayInput(PEER_TYPE_LABEL[t], byType[t] ?? '', (v) => setByType({ ...byType, [t]: v }), `cadence-type-${t}`)}</div>
        ))}
      </SimpleGrid>
      <Text size="sm" fw={500}>
        By tag
      </Text>
      <Stack gap={6}>
        {tags.map((t, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
            <Select
              size="xs"
              label="Tag"
              data={tagOptions}
              value={t.tag}
              onChange={(v) => setTags(tags.map((x, k) => (k === i ? { ...x, tag: v } : x)))}
              searchable
              w={200}
            />
            <div style={{ width: 120 }}>
              {dayInput('Every', t.days, (v) => setTags(tags.map((x, k) => (k === i ? { ...x, days: v } : x))))}
            </div>
            <ActionIcon
              variant="subtle"
              color="gray"
              mb={4}
              onClick={() => setTags(tags.filter((_, k) => k !== i))}
              aria-label={`Remove the default for tag ${t.tag ?? ''}`}
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          size="compact-xs"
          variant="subtle"
          w="fit-content"
          leftSection={<IconPlus size={12} />}
          onClick={() => setTags([...tags, { tag: null, days: '' }])}
          disabled={tagOptions.length === 0}
        >
          {tagOptions.length ? 'Add a default for a tag' : 'No tags on your peers yet'}
        </Button>
      </Stack>
      <Text size="sm" fw={500}>
        By group
      </Text>
      <Stack gap={6}>
        {groups.map((g, i) => (
          <Group key={i} gap="xs" wrap="nowrap" align="flex-end">
            <Select
              size="xs"
              label="Group"
              data={groupOptions}
              value={g.id}
              onChange={(v) => setGroups(groups.map((x, k) => (k === i ? { ...x, id: v } : x)))}
              w={200}
            />
            <div style={{ width: 120 }}>
              {dayInput('Every', g.days, (v) => setGroups(groups.map((x, k) => (k === i ? { ...x, days: v } : x))))}
            </div>
            <ActionIcon
              variant="subtle"
              color="gray"
              mb={4}
              onClick={() => setGroups(groups.filter((_, k) => k !== i))}
              aria-label="Remove this group default"
            >
              <IconX size={14} />
            </ActionIcon>
          </Group>
        ))}
        <Button
          size="compact-xs"
          variant="subtle"
          w="fit-content"
          leftSection={<IconPlus size={12} />}
          onClick={() => setGroups([...groups, { id: null, days: '' }])}
          disabled={groupOptions.length === 0}
        >
          {groupOptions.length ? 'Add a default for a group' : 'No groups yet'}
        </Button>
      </Stack>
      <div style={{ width: 200 }}>{dayInput('Everyone else', fallback, setFallback, 'cadence-fallback')}</div>
      <SaveBar note={note} busy={busy} onSave={save} dirty={JSON.stringify(cadence) !== JSON.stringify(stored)} testId="save-cadence" />
    </Section>
  );
}

const HOURS = Array.from({ length: 24 }, (_, h) => ({ value: String(h), label: `${String(h).padStart(2, '0')}:00` }));

function RemindersSection() {
  const { phase, setSettings } = useSession();
  const saved = phase.kind === 'unlocked' ? phase.settings.notifications : { enabled: false, showNames: false, hour: 9 };
  const [prefs, setPrefs] = useState(saved);
  const { note, busy, run } = useSave();
  const save = () => void run(async () => setSettings(await send('settings:update', { notifications: prefs })));
  return (
    <Section
      id="reminders"
      title="Reminders"
      description="A desktop notification once a day when check-ins are due. Compeer has to be running (it may be locked: then it knows only how many are due, never who). Confidential text is never in a notification."
    >
      <Switch
        label="Remind me once a day of due check-ins"
        checked={prefs.enabled}
        onChange={(e) => setPrefs({ ...prefs, enabled: e.currentTarget.checked })}
        data-testid="reminders-enabled"
      />
      <Switch
        label="Name the peers in the reminder"
        description="Off: it says how many check-ins are due, not who. Your operating system keeps a history of notifications, where names would stay."
        checked={prefs.showNames}
        disabled={!prefs.enabled}
        onChange={(e) => setPrefs({ ...prefs, showNames: e.currentTarget.checked })}
      />
      <Select
        size="sm"
        label="From"
        data={HOURS}
        value={String(prefs.hour)}
        onChange={(v) => setPrefs({ ...prefs, hour: Number(v ?? 9) })}
        w={120}
        disabled={!prefs.enabled}
        allowDeselect={false}
      />
      <SaveBar note={note} busy={busy} onSave={save} dirty={JSON.stringify(prefs) !== JSON.stringify(saved)} testId="save-reminders" />
    </Section>
  );
}
