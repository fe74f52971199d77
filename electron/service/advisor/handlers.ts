import { aboutPeer, advise, pruneMemory, remember, todaysPicks, type AdvisedSuggestion } from '../../../shared/domain/advisor';
import { dayOf } from '../../../shared/domain/days';
import { CompeerError } from '../../../shared/errors';
import type { ADVISOR_CHANNELS } from '../../../shared/ipc/features/advisor.channels';
import type { Vault } from '../../core/vault';
import type { AppSession } from '../session';
import type { Handlers } from '../dispatch';
import type { HandlerDeps } from '../handler-deps';

type Channels = (typeof ADVISOR_CHANNELS)[number];

/** Today's picks on the Today screen. */
const TODAY_COUNT = 3;

/**
 * The offline advisor: wiring only; the rules live in shared/domain/advisor/.
 * Dismissing or snoozing names a suggestion by id; main works out the facts behind it itself
 * (the renderer is not trusted with them), and stale entries are pruned as it writes.
 */
export function advisorHandlers(session: AppSession, deps: HandlerDeps): Pick<Handlers, Channels> {
  const vault = (): Vault => session.requireVault();
  const today = () => dayOf(deps.now());
  // from the session's kept index, so a call does not rebuild the per-peer lists and masks
  const all = (kinds?: Parameters<typeof advise>[2]): AdvisedSuggestion[] => advise(vault().data, today(), kinds, session.keptIndex());

  async function change(id: string, what: Parameters<typeof remember>[2]) {
    const v = vault();
    const list = all();
    const s = list.find((x) => x.id === id);
    if (!s) throw new CompeerError('NOT_FOUND', 'That suggestion no longer applies: the facts behind it have changed.');
    const memory = pruneMemory(remember(v.data.advisor, s, what), list, today());
    await v.apply([{ op: 'set', key: 'advisor', value: memory }]);
    return { ok: true as const };
  }

  return {
    'advisor:list': (input) => Promise.resolve({ today: today(), suggestions: all(input?.kinds) }),
    'advisor:today': () => Promise.resolve(todaysPicks(all(), TODAY_COUNT)),
    'advisor:forPeer': ({ peerId }) => Promise.resolve(aboutPeer(all(), peerId).filter((s) => s.hidden === null)),
    'advisor:dismiss': ({ id }) => change(id, { dismiss: today() }),
    'advisor:snooze': ({ id, until }) => {
      if (until <= today()) throw new CompeerError('INVALID_INPUT', 'Snooze until a day after today.');
      return change(id, { snoozeUntil: until });
    },
    'advisor:restore': ({ id }) => change(id, { restore: true }),
  };
}
