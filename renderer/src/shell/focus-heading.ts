import { useEffect } from 'react';

/** The page's heading that is shown: while the next page's chunk loads, Suspense keeps the old page in the DOM, hidden. */
function shownHeading(): HTMLElement | null {
  for (const h of document.querySelectorAll<HTMLElement>('main h1')) if (h.getClientRects().length > 0) return h;
  return null;
}

/** Someone is typing there (a field, the journal's editor): the heading must not take the focus from it. */
const typingIn = (el: Element | null): boolean =>
  el instanceof HTMLElement && (el.isContentEditable || el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT');

/**
 * After landing in the app or moving to another page (from the palette, a link in a page, a
 * closed dialog), the keyboard focus goes to the new page's heading, so a screen reader
 * announces where the user is and Tab continues from there. A move made from the sidebar
 * keeps the focus on the sidebar, so Tab walks its links.
 */
export function useFocusHeading(where: unknown): void {
  useEffect(() => {
    if (document.activeElement?.closest('nav')) return;
    // the page is its own chunk: wait for its heading to appear (at most two seconds)
    let tries = 0;
    const timer = window.setInterval(() => {
      tries += 1;
      const heading = shownHeading();
      if (tries > 40) window.clearInterval(timer);
      // a closing dialog (the palette) is waited for: the focus comes once it is gone
      if (!heading || document.querySelector('[role=dialog]')) return;
      // the new page put the focus in a field or its editor itself (a new journal entry): leave it there
      if (typingIn(document.activeElement)) {
        window.clearInterval(timer);
        return;
      }
      if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
      // focus for screen readers and Tab, without a ring: a heading is not something to act on
      heading.style.outline = 'none';
      heading.focus({ preventScroll: true });
      // done once the focus has taken (a heading still hidden refuses it: try again)
      if (document.activeElement === heading) window.clearInterval(timer);
    }, 50);
    return () => window.clearInterval(timer);
  }, [where]);
}
