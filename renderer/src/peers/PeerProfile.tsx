import { Anchor, Divider, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { PeerDetail, PeerSummary } from '../../../shared/ipc/contract';
import { MET_LABEL, QUALITY_LABEL, STAGE_LABEL } from './labels';
import { PeerNotes } from './PeerNotes';
import { PeerTies } from './PeerTies';
import { plural } from '../../../shared/plural';

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === '' || children === null || children === undefined) return null;
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </div>
  );
}

const list = (xs: readonly string[]) => (xs.length ? xs.join(', ') : '');

/** The peer's Profile tab: who they are, their notes (hidden until revealed) and their ties. */
export function PeerProfile({
  peer,
  peers,
  onChanged,
  onOpenPeer,
}: {
  peer: PeerDetail;
  peers: readonly PeerSummary[];
  onChanged: () => Promise<void>;
  onOpenPeer: (id: string) => void;
}) {
  return (
    <Stack gap="md">
      <Stack gap={8}>
        <Field label="Role">{[peer.role, peer.company].filter(Boolean).join(' at ')}</Field>
        <Field label="Industry · function">{[peer.industry, peer.function].filter(Boolean).join(' · ')}</Field>
        <Field label="Where">{[peer.city, peer.country].filter(Boolean).join(', ')}</Field>
        <Field label="Career stage">
          {peer.careerStage
            ? `${STAGE_LABEL[peer.careerStage]}${peer.yearsExperience !== null ? `, ${peer.yearsExperience} years` : ''}`
            : ''}
        </Field>
        <Field label="Strong in">{list(peer.skills)}</Field>
        <Field label="Working on / needs">{list(peer.needs)}</Field>
        <Field label="Interests">{list(peer.interests)}</Field>
        <Field label="Values">{list(peer.values)}</Field>
        <Field label="Met">
          {[peer.met.where ? MET_LABEL[peer.met.where] : '', peer.met.detail, peer.met.date ?? ''].filter(Boolean).join(' · ')}
        </Field>
        <Field label="Check in every">{peer.cadenceDays ? plural(peer.cadenceDays, 'day') : ''}</Field>
        <Field label="Qualities">
          {Object.entries(peer.qualities)
            .map(([q, v]) => `${QUALITY_LABEL[q as keyof typeof QUALITY_LABEL]} ${v}/5`)
            .join(' · ')}
        </Field>
        <Field label="Email">{list(peer.contacts.emails)}</Field>
        <Field label="Phone">{list(peer.contacts.phones)}</Field>
        {peer.contacts.linkedin && (
          <div>
            <Text size="xs" c="dimmed">
              LinkedIn
            </Text>
            <Anchor size="sm" href={peer.contacts.linkedin} target="_blank" rel="noreferrer">
              {peer.contacts.linkedin.replace(/^https?:\/\/(www\.)?/, '')}
            </Anchor>
          </div>
        )}
        <Field label="Source">{peer.source}</Field>
      </Stack>
      <Divider label="Notes" labelPosition="left" />
      {/* revealed notes are hidden again whenever the peer changes */}
      <PeerNotes key={`${peer.id}:${peer.updatedAt}`} peer={peer} />
      <PeerTies peer={peer} peers={peers} onChanged={onChanged} onOpenPeer={onOpenPeer} />
    </Stack>
  );
}
