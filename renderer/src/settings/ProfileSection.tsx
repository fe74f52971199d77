import { Select, SimpleGrid, TagsInput, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { Me } from '../../../shared/schema/document';
import { send } from '../data/channel';
import { useVaultQuery } from '../data/queries';
import { STAGE_LABEL, options } from '../peers/labels';
import { SaveBar, useSave } from './SaveBar';
import { Section } from './Section';

/** "Me": your own skills, needs and values, so Compeer can find complementary peers. */
export function ProfileSection() {
  const [me, setMe] = useState<Me | null>(null);
  // the profile as last saved, to know whether anything changed
  const [saved, setSaved] = useState<Me | null>(null);
  const { note, busy, run } = useSave();
  // the profile as it stands when the section opens, then edited here
  const stored = useVaultQuery('me:get', undefined).data;
  if (stored && !me) {
    setMe(stored);
    setSaved(stored);
  }
  if (!me) return null;
  const set = <K extends keyof Me>(k: K, v: Me[K]) => setMe({ ...me, [k]: v });
  const save = () =>
    void run(async () => {
      const next = await send('me:save', me);
      setMe(next);
      setSaved(next);
    });
  return (
    <Section
      title="Your profile"
      description="Used to suggest peers whose strengths complement yours. It stays in your vault like everything else."
    >
      <SimpleGrid cols={2}>
        <TextInput label="Your name" value={me.name} onChange={(e) => set('name', e.currentTarget.value)} />
        <Select label="Career stage" data={options(STAGE_LABEL)} value={me.careerStage} onChange={(v) => set('careerStage', v)} clearable />
        <TextInput label="Role" value={me.role} onChange={(e) => set('role', e.currentTarget.value)} />
        <TextInput label="Company" value={me.company} onChange={(e) => set('company', e.currentTarget.value)} />
        <TagsInput label="Strong in" value={me.skills} onChange={(v) => set('skills', v)} />
        <TagsInput label="Working on / need" value={me.needs} onChange={(v) => set('needs', v)} />
        <TagsInput label="Interests" value={me.interests} onChange={(v) => set('interests', v)} />
        <TagsInput label="Values" value={me.values} onChange={(v) => set('values', v)} />
      </SimpleGrid>
      <SaveBar note={note} busy={busy} onSave={save} dirty={JSON.stringify(me) !== JSON.stringify(saved)} testId="save-profile" />
    </Section>
  );
}
