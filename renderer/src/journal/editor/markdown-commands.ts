import { EditorSelection, type ChangeSpec } from '@codemirror/state';
import type { EditorView } from '@codemirror/view';

/**
 * The toolbar's and the shortcuts' Markdown edits, as plain CodeMirror commands: each works
 * on every selection, toggles (a second press undoes the first) and is one undo step.
 */

/** Wrap each selection in `mark` (** for bold, _ for italic, ` for code), or unwrap it. */
export function toggleMark(view: EditorView, mark: string): boolean {
  const { state } = view;
  const n = mark.length;
  view.dispatch(
    state.changeByRange((range) => {
      const before = state.sliceDoc(range.from - n, range.from);
      const after = state.sliceDoc(range.to, range.to + n);
      if (before === mark && after === mark) {
        return {
          changes: [
            { from: range.from - n, to: range.from, insert: '' },
            { from: range.to, to: range.to + n, insert: '' },
          ],
          range: EditorSelection.range(range.from - n, range.to - n),
        };
      }
      return {
        changes: [
          { from: range.from, insert: mark },
          { from: range.to, insert: mark },
        ],
        range: EditorSelection.range(range.from + n, range.to + n),
      };
    }),
    { userEvent: 'input.format', scrollIntoView: true },
  );
  view.focus();
  return true;
}

const LINE_PREFIX = /^(\s*)(#{1,6} |> |[-*+] \[[ xX]\] |[-*+] |\d+[.)] )?/;

/**
 * Give every selected line the prefix ("## ", "- ", "- [ ] ", "> ", "1. "), replacing another
 * block prefix it had; if all already have it, take it off.
 */
export function toggleLinePrefix(view: EditorView, prefix: string): boolean {
  const { state } = view;
  const lines = new Set<number>();
  for (const r of state.selection.ranges) {
    for (let l = state.doc.lineAt(r.from).number; l <= state.doc.lineAt(r.to).number; l++) lines.add(l);
  }
  const numbered = /^\d+[.)] $/.test(prefix);
  const has = (text: string) => {
    const m = LINE_PREFIX.exec(text)!;
    return numbered ? /^\d+[.)] $/.test(m[2] ?? '') : m[2] === prefix;
  };
  const all = [...lines].every((l) => has(state.doc.line(l).text));
  const changes: ChangeSpec[] = [];
  let k = 0;
  for (const l of [...lines].sort((a, b) => a - b)) {
    const line = state.doc.line(l);
    const m = LINE_PREFIX.exec(line.text)!;
    const from = line.from + m[1]!.length;
    const to = from + (m[2]?.length ?? 0);
    k += 1;
    changes.push({ from, to, insert: all ? '' : numbered ? `${k}. ` : prefix });
  }
  // the cursor moves past an inserted prefix (so typing continues after "- [ ] ")
  const set = state.changes(changes);
  view.dispatch({ changes: set, selection: state.selection.map(set, 1), userEvent: 'input.format', scrollIntoView: true });
  view.focus();
  return true;
}

/** Make the selection a link and select its address to type over. */
export function insertLink(view: EditorView): boolean {
  const { state } = view;
  const placeholder = 'https://';
  view.dispatch(
    state.changeByRange((range) => {
      const text = state.sliceDoc(range.from, range.to) || 'link text';
      const insert = `[${text}](${placeholder})`;
      const urlFrom = range.from + text.length + 3;
      return { changes: { from: range.from, to: range.to, insert }, range: EditorSelection.range(urlFrom, urlFrom + placeholder.length) };
    }),
    { userEvent: 'input.format', scrollIntoView: true },
  );
  view.focus();
  return true;
}
