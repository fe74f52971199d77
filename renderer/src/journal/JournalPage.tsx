import { ComingSoon } from '../shell/ComingSoon';
import { PAGES } from '../shell/navigation';
import type { PageProps } from '../shell/nav';

/** Journal: a placeholder until its feature lands. */
export function JournalPage(_props: PageProps) {
  return <ComingSoon page={PAGES.find((p) => p.id === 'journal')!} />;
}
