import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { patience } from '../helpers/patience.mts';
import { openApp, type AppUnderTest } from './harness';
import { browserSuite, confirmCode, createVault } from './helpers';

const suite = browserSuite();

const PEERS = [
  {
    id: 'ana',
    name: 'Ana Silva',
    industry: 'Fintech',
    function: 'Engineering',
    country: 'Portugal',
    careerStage: 'senior',
    needs: ['conference speaking'],
    skills: ['distributed systems'],
    peerTypes: ['cohort'],
  },
  {
    id: 'ben',
    name: 'Ben Okafor',
    industry: 'Fintech',
    function: 'Product',
    country: 'United Kingdom',
    careerStage: 'mid',
    skills: ['public speaking'],
    peerTypes: ['industry'],
  },
  {
    id: 'chen',
    name: 'Chen Wei',
    industry: 'Enterprise software',
    function: 'Design',
    country: 'Germany',
    careerStage: 'mid',
    peerTypes: ['interest'],
  },
  {
    id: 'dana',
    name: 'Dana Kowalski',
    industry: 'Health tech',
    function: 'Data',
    country: 'Poland',
    careerStage: 'early',
    needs: ['first promotion'],
    peerTypes: ['functional'],
  },
];

/** A new vault with four peers written straight into it (the page loads them when it opens a screen). */
async function vaultWithPeers(prefix: string): Promise<AppUnderTest> {
  const app = (suite.app = await openApp({ shotPrefix: prefix }));
  await createVault(app);
  await confirmCode(app.page);
  await app.session.requireVault().apply(
    PEERS.map((p) => ({
      op: 'put',
      collection: 'peers',
      record: { ...p, createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    })),
  );
  return app;
}

/** Pick options of a Mantine MultiSelect or Select by typing and choosing. */
async function choose(page: Page, testId: string, names: string[]) {
  for (const name of names) {
    await page.getByTestId(testId).click();
    await page.getByTestId(testId).fill(name.split(' ')[0]!);
    await page.getByRole('option', { name, exact: true }).click();
  }
  await page.keyboard.press('Escape');
}

async function dark(page: Page) {
  await page.getByTestId('toggle-theme').click();
  await page.locator('html[data-mantine-color-scheme="dark"]').waitFor({ state: 'attached' });
}
async function light(page: Page) {
  await page.getByTestId('toggle-theme').click();
  await page.locator('html[data-mantine-color-scheme="light"]').waitFor({ state: 'attached' });
}

describe('groups', () => {
  test('create a group, make the rotation, mark someone away, log a meeting as one interaction for all; my action items on Today', async () => {
    const app = await vaultWithPeers('groups-meeting');
    const { page, shot } = app;
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('groups-empty').waitFor();
    await shot('empty');
    await page.getByTestId('new-group').click();
    await page.getByTestId('save-group').click();
    await page.getByText('A group needs a name.').waitFor();
    await page.getByTestId('group-name-input').fill('New managers circle');
    await choose(page, 'group-members-input', ['Ana Silva', 'Ben Okafor', 'Chen Wei']);
    await page
      .getByTestId('group-size-preview')
      .getByText(/^4 people, you included: deep groups work best with 5 to 8/)
      .waitFor();
    await shot('new-group');
    await page.getByTestId('save-group').click();
    await page.getByTestId('group-name').getByText('New managers circle').waitFor();
    await page
      .getByTestId('size-guidance')
      .getByText(/invite one more peer/)
      .waitFor();

    // the rotation: a fair line with me in it; Ana will miss the first meeting
    await page.getByTestId('generate-rotation').click();
    await page.getByTestId('rotation-line').getByText('Ana Silva').waitFor();
    expect(app.session.requireVault().data.groups[0]!.facilitatorOrder).toEqual(['ana', 'ben', 'chen', 'me']);
    await page.getByTestId('rotation-away').first().click();
    await page.getByRole('dialog').getByLabel('Ana Silva').click();
    await page.getByTestId('rotation-slot').first().getByText('Away: Ana Silva (leads the next one)').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('rotation-slot').first().innerText()).toMatch(/^Meeting 1\s+Ben Okafor/);
    await shot('group-page');

    // log the meeting: Ben leads (the rotation's pick), Ana is away; one interaction for all who came
    await page.getByTestId('log-meeting').click();
    const dialog = page.getByRole('dialog');
    await expect.poll(() => page.getByTestId('meeting-facilitator').inputValue()).toBe('Ben Okafor');
    await page.getByTestId('agenda-template').click();
    await page.getByRole('option', { name: 'Hot seat' }).click();
    await page.getByTestId('use-template').click();
    await expect.poll(() => page.getByTestId('meeting-agenda').inputValue()).toMatch(/^## Hot seat/);
    await page.getByTestId('meeting-notes-input').fill('Chen is thinking of leaving; keep it in the room.');
    await page.getByTestId('meeting-duration').fill('90');
    await page.getByTestId('add-action-item').click();
    await page.getByTestId('action-item-text').fill('Send Chen the offer checklist');
    await shot('log-meeting');
    await page.getByTestId('save-meeting').click();
    await page.getByText('Meeting saved, and logged as one interaction with 2 peers.').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    const d = app.session.requireVault().data;
    expect(d.interactions.map((i) => [i.channel, i.peerIds, i.durationMinutes])).toEqual([['group-meeting', ['ben', 'chen'], 90]]);
    expect(d.groups[0]!.meetings[0]).toMatchObject({
      facilitatorId: 'ben',
      attendeeIds: ['me', 'ben', 'chen'],
      notesConfidential: true,
      interactionId: d.interactions[0]!.id,
    });
    // Ben goes to the back; Ana, away, leads next
    expect(d.groups[0]!.facilitatorOrder).toEqual(['ana', 'chen', 'me', 'ben']);
    await expect.poll(() => page.getByTestId('rotation-slot').first().innerText()).toMatch(/^Meeting 2[^\n]*\s+Ana Silva/);
    // the meeting's notes, agenda and action items are hidden until revealed
    expect(await page.getByText('Chen is thinking of leaving').count()).toBe(0);
    expect(await page.getByText('Send Chen the offer checklist').count()).toBe(0);
    await page.getByTestId('meetings').getByText('a confidential action item').waitFor();
    await page.getByTestId('reveal-meeting-notes').click();
    await page
      .getByTestId('meeting-notes')
      .getByText(/Chen is thinking of leaving/)
      .waitFor();
    await page.getByTestId('meetings').getByText('Send Chen the offer checklist').waitFor();
    await shot('meeting-logged');
    // editing it: the confidential text stays in main unless revealed to edit
    await page.getByLabel(/^Edit the meeting of/).click();
    await page.getByTestId('meeting-reveal-text').waitFor();
    expect(await page.getByTestId('meeting-agenda').count()).toBe(0);
    await shot('edit-meeting-masked');
    await page.getByTestId('meeting-reveal-text').click();
    await expect.poll(() => page.getByTestId('meeting-notes-input').inputValue()).toBe('Chen is thinking of leaving; keep it in the room.');
    await expect.poll(() => page.getByTestId('action-item-text').inputValue()).toBe('Send Chen the offer checklist');
    await page.keyboard.press('Escape');
    await page.getByTestId('meeting-reveal-text').waitFor({ state: 'detached' });
    await dark(page);
    await shot('group-page-dark');
    await page.getByTestId('log-meeting').click();
    await page.getByTestId('meeting-date').waitFor();
    await shot('log-meeting-dark');
    await page.keyboard.press('Escape');
    await light(page);

    // my action item is on Today, saying only which meeting it is from until revealed; ticking it there marks it done
    await page.getByTestId('nav-today').click();
    await page.getByTestId('today-groups').getByText('A confidential action item').waitFor();
    expect(await page.getByText('Send Chen the offer checklist').count()).toBe(0);
    await page.getByTestId('today-groups').getByTestId('reveal').click();
    await page.getByTestId('today-groups').getByText('Send Chen the offer checklist').waitFor();
    await shot('today');
    await page.getByTestId('today-action-item').click();
    await page.getByTestId('today-groups').waitFor({ state: 'detached' });
    expect(app.session.requireVault().data.groups[0]!.meetings[0]!.actionItems[0]!.done).toBe(true);
  });

  test('a goal with a partner, and a check-in logged as an accountability exchange', async () => {
    const app = await vaultWithPeers('groups-goal');
    const { page, shot } = app;
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('tab-goals').click();
    await page.getByTestId('goals-empty').waitFor();
    await shot('goals-empty');
    await page.getByTestId('new-goal').click();
    await page.getByTestId('goal-title').fill('Make the staff promotion case');
    await page.getByTestId('goal-why').fill('To lead the platform work');
    await choose(page, 'goal-partners', ['Ana Silva']);
    await shot('goal-dialog');
    await page.getByTestId('save-goal').click();
    await page.getByTestId('goal-card').getByText('Make the staff promotion case').waitFor();
    await page.getByTestId('goal-check-in').click();
    await expect.poll(() => page.getByTestId('checkin-with').inputValue()).toBe('Ana Silva');
    await page.getByTestId('checkin-progress').fill('40');
    await page.getByRole('dialog').getByRole('textbox', { name: 'Note' }).fill('Draft of the case done');
    await shot('check-in');
    await page.getByTestId('save-checkin').click();
    await page.getByText('Check-in saved, and logged as an accountability exchange.').waitFor();
    await expect.poll(() => page.getByTestId('goal-progress').innerText()).toBe('40%');
    const d = app.session.requireVault().data;
    expect(d.goals[0]!.checkIns).toMatchObject([{ progress: 40, withPeerId: 'ana' }]);
    expect(d.interactions.map((i) => [i.peerIds, i.purpose, i.exchanges.map((x) => [x.direction, x.kind])])).toEqual([
      [['ana'], 'check-in', [['received', 'accountability']]],
    ]);
    // why I want it and how the check-in went are private: revealed for this card only
    const card = page.getByTestId('goal-card');
    await card.getByTestId('goal-masked').waitFor();
    expect(await page.getByText('To lead the platform work').count()).toBe(0);
    expect(await page.getByText(/Draft of the case done/).count()).toBe(0);
    await shot('goals');
    await card.getByTestId('goal-masked').getByTestId('reveal').click();
    await card.getByText('To lead the platform work').waitFor();
    await card.getByText(/Draft of the case done/).waitFor();
    // editing without revealing the why keeps it
    await page.getByLabel('Edit Make the staff promotion case').click();
    await page.getByTestId('goal-reveal-why').waitFor();
    await page.getByTestId('goal-title').fill('Make the staff engineer case');
    await page.getByTestId('save-goal').click();
    await card.getByText('Make the staff engineer case').waitFor();
    expect(app.session.requireVault().data.goals[0]).toMatchObject({
      title: 'Make the staff engineer case',
      why: 'To lead the platform work',
    });
    await page.getByLabel('Edit Make the staff engineer case').click();
    await page.getByTestId('goal-reveal-why').click();
    await expect.poll(() => page.getByTestId('goal-why').inputValue()).toBe('To lead the platform work');
    await page.getByTestId('goal-title').fill('Make the staff promotion case');
    await page.getByTestId('save-goal').click();
    await card.getByText('Make the staff promotion case').waitFor();
    await dark(page);
    await shot('goals-dark');

    // deleting asks first, then can be undone: the goal comes back with its check-in
    await page.getByLabel('Delete Make the staff promotion case').click();
    await page.getByTestId('confirm-delete').click();
    await page.getByTestId('goals-empty').waitFor();
    expect(app.session.requireVault().data.goals).toEqual([]);
    await page.getByTestId('groups-undo').click();
    await page.getByTestId('goal-card').getByText('Make the staff promotion case').waitFor();
    expect(app.session.requireVault().data.goals[0]!.checkIns).toHaveLength(1);
  });

  test('"Who would this help?" ranks peers with reasons; sharing logs an opportunity given; expired ones leave the active list', async () => {
    const app = await vaultWithPeers('groups-opportunity');
    const { page, shot } = app;
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('tab-opportunities').click();
    await page.getByTestId('opportunities-empty').waitFor();
    await shot('opportunities-empty');
    await page.getByTestId('new-opportunity').click();
    await page.getByTestId('opportunity-title').fill('Speaker slot at DevConf');
    await page.getByTestId('opportunity-kind').click();
    await page.getByRole('option', { name: 'Speaking' }).click();
    await page.getByTestId('opportunity-skills').fill('conference');
    await page.keyboard.press('Enter');
    await page.getByTestId('save-opportunity').click();
    await page.getByTestId('opportunity-card').getByText('Speaker slot at DevConf').waitFor();
    await page.getByTestId('who-would-it-help').click();
    await page.getByTestId('share-fit').first().waitFor();
    // Ana needs conference speaking (a need weighs most); Ben's skill is public speaking: one short reason each
    expect(await page.getByTestId('share-fit').allInnerTexts()).toEqual([
      expect.stringMatching(/^Ana Silva\s+Needs "conference speaking"$/),
      expect.stringMatching(/^Ben Okafor\s+Has the skill "public speaking"$/),
    ]);
    await shot('who-would-it-help');
    await page.getByLabel('Share with Ana Silva').check();
    await page.getByTestId('share-confirm').click();
    await page.getByText('Shared with 1 peer, and logged as an opportunity given.').waitFor();
    await page.getByTestId('opportunity-state').getByText('Shared').waitFor();
    const d = app.session.requireVault().data;
    expect(d.interactions.map((i) => [i.peerIds, i.exchanges.map((x) => [x.direction, x.kind])])).toEqual([
      [['ana'], [['given', 'opportunity']]],
    ]);
    expect(d.opportunities[0]!.sharedWith.map((s) => s.peerId)).toEqual(['ana']);
    // an opportunity past its deadline leaves the active list by itself, and stays searchable
    await app.session
      .requireVault()
      .apply([{ op: 'put', collection: 'opportunities', record: { id: 'old', title: 'Mentoring programme', deadline: '2020-01-01' } }]);
    await page.getByTestId('nav-today').click();
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('tab-opportunities').click();
    await page.getByTestId('opportunity-card').first().waitFor();
    expect(await page.getByTestId('opportunity-card').count()).toBe(1);
    await page.getByTestId('opportunities-search').fill('mentoring');
    await page.getByTestId('opportunities-elsewhere').getByRole('button', { name: 'Show all' }).click();
    await page.getByTestId('opportunity-card').getByText('Mentoring programme').waitFor();
    await page.getByTestId('opportunity-state').getByText('Expired').waitFor();
    await page.getByTestId('opportunities-search').fill('');
    await shot('opportunities');
    await dark(page);
    await shot('opportunities-dark');
  });
});

describe('groups in the sample vault', () => {
  test('every screen with something in it, light and dark, and by keyboard', async () => {
    const app = (suite.app = await openApp({ shotPrefix: 'groups-sample' }));
    const { page, shot } = app;
    await page.getByTestId('try-sample').click();
    await page.getByTestId('sample-badge').waitFor();
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('group-card').nth(2).waitFor();
    await shot('list');
    await page.getByTestId('group-card').filter({ hasText: 'New managers circle' }).click();
    await page.getByTestId('group-diversity').getByTestId('diversity-score').waitFor();
    await page
      .getByTestId('rotation-slot')
      .first()
      .getByText(/Away: Rosa Alvarez/)
      .waitFor();
    await shot('circle');
    await page.getByTestId('group-diversity').scrollIntoViewIfNeeded();
    await shot('circle-diversity');
    await page.getByTestId('log-meeting').click();
    await page.getByTestId('meeting-date').waitFor();
    // Rosa is away: she is not ticked as coming
    expect(await page.getByRole('dialog').getByRole('checkbox', { name: 'Rosa Alvarez' }).isChecked()).toBe(false);
    expect(await page.getByRole('dialog').getByRole('checkbox', { name: 'Mateo Rossi' }).isChecked()).toBe(true);
    await page.getByTestId('use-template').click();
    await expect.poll(() => page.getByTestId('meeting-agenda').inputValue()).toMatch(/Share my promotion case draft/);
    await shot('log-meeting');
    // the agenda filled from the template is a change: closing asks first
    await page.keyboard.press('Escape');
    await page.getByTestId('discard-changes').click();
    await page.getByTestId('meeting-date').waitFor({ state: 'hidden' });
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('group-card').filter({ hasText: 'Data leaders mastermind' }).click();
    await page
      .getByTestId('size-guidance')
      .getByText(/3 people, you included: deep groups work best with 5 to 8/)
      .waitFor();
    await shot('small-group');
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('tab-goals').click();
    await page.getByTestId('goal-due').first().waitFor();
    await shot('goals');
    await page
      .getByTestId('goals-whose')
      .getByText(/Shared with me/)
      .click();
    await page.getByTestId('goal-card').first().waitFor();
    await shot('their-goals');
    await page.getByTestId('tab-opportunities').click();
    await page.getByTestId('opportunity-card').first().waitFor();
    await shot('opportunities');
    await page.getByTestId('who-would-it-help').first().click();
    await page.getByTestId('share-fit').first().waitFor();
    await shot('who-would-it-help');
    await page.keyboard.press('Escape');

    // a member's page: their groups, goals and action items
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-search').fill('Mateo');
    await page.getByTestId('peer-row').filter({ hasText: 'Mateo Rossi' }).click();
    await page.getByTestId('peer-tab-groups').click();
    // from a confidential meeting: where it comes from, its text on request
    const tab = page.getByTestId('peer-groups-tab');
    await tab.getByText('A confidential action item').waitFor();
    expect(await tab.getByText('Send notes on onboarding remote hires').count()).toBe(0);
    await shot('peer-tab-masked');
    await tab.getByTestId('reveal').first().click();
    await tab.getByText('Send notes on onboarding remote hires').waitFor();
    await shot('peer-tab');
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('settings-budget-on').check();
    await page.getByTestId('settings-budget-hours').fill('4');
    await page.getByTestId('settings-budget-save').click();
    await page.locator('#settings-groups').scrollIntoViewIfNeeded();
    await shot('settings');
    await page.getByTestId('nav-today').click();
    await page.getByTestId('today-groups-week').waitFor();
    await shot('today');

    await dark(page);
    await shot('today-dark');
    await page.getByTestId('nav-settings').click();
    await page.locator('#settings-groups').scrollIntoViewIfNeeded();
    await shot('settings-dark');
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('group-card').first().waitFor();
    await shot('list-dark');
    await page.getByTestId('group-card').filter({ hasText: 'New managers circle' }).click();
    await page.getByTestId('group-diversity').waitFor();
    await shot('circle-dark');
    await page.getByTestId('group-diversity').scrollIntoViewIfNeeded();
    await shot('circle-diversity-dark');
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('tab-goals').click();
    await page.getByTestId('goal-card').first().waitFor();
    await shot('goals-dark');
    await page.getByTestId('tab-opportunities').click();
    await page.getByTestId('who-would-it-help').first().click();
    await page.getByTestId('share-fit').first().waitFor();
    await shot('who-would-it-help-dark');
    await page.keyboard.press('Escape');
    await page.getByTestId('nav-peers').click();
    await page.getByTestId('peer-search').fill('Mateo');
    await page.getByTestId('peer-row').filter({ hasText: 'Mateo Rossi' }).click();
    await page.getByTestId('peer-tab-groups').click();
    await page.getByTestId('peer-groups-tab').waitFor();
    await shot('peer-tab-dark');
    await page.keyboard.press('Escape');

    // by keyboard: the palette's "New goal" opens the dialog; type, Tab to save, Enter
    await page.getByTestId('peer-drawer').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+K');
    await page.getByTestId('palette-input').fill('New goal');
    await page.keyboard.press('Enter');
    await page.getByTestId('goal-title').waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('goal-title');
    await page.keyboard.type('Write every week');
    await page.keyboard.press('Enter');
    await page.getByText('Goal added.').waitFor();
    expect(app.session.requireVault().data.goals.some((g) => g.title === 'Write every week')).toBe(true);

    // a group on the network map: "On the map" rings its members; "Only members" keeps just them
    await page.getByTestId('nav-groups').click();
    await page.getByTestId('group-card').filter({ hasText: 'New managers circle' }).click();
    await page.getByTestId('group-on-map').click();
    // every member of the circle is a peer on the map (you are its fifth seat, not a member record)
    const circle = app.session.requireVault().data.groups.find((g) => g.name === 'New managers circle')!;
    const members = circle.memberIds.length;
    expect(members).toBeGreaterThan(2);
    await expect
      .poll(() => page.getByTestId('map-group-marked').innerText(), { timeout: patience(15_000) })
      .toBe(`${members} members ringed in yellow, named`);
    await page.getByTestId('map-legend').waitFor();
    await shot('map-dark');
    await light(page);
    await shot('map');
    await page.getByTestId('map-group-mode').getByText('Only members').click();
    await expect.poll(() => page.getByTestId('map-count').innerText()).toMatch(new RegExp(`^${members} of \\d+ peers`));
  });
});
