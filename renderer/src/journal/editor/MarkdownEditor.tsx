import { defaultKeymap, history, historyKeymap, indentWithTab, redo, undo } from '@codemirror/commands';
import { markdown, markdownKeymap, markdownLanguage } from '@codemirror/lang-markdown';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder as cmPlaceholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';
import { ActionIcon, Group, Tooltip } from '@mantine/core';
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconBlockquote,
  IconBold,
  IconH1,
  IconH2,
  IconH3,
  IconItalic,
  IconLink,
  IconList,
  IconListCheck,
  IconListNumbers,
} from '@tabler/icons-react';
import { forwardRef, useEffect, useImperativeHandle, useRef, type ComponentType } from 'react';
import { MOD } from '../../shell/CommandPalette';
import { insertLink, toggleLinePrefix, toggleMark } from './markdown-commands';

export interface MarkdownEditorHandle {
  focus: () => void;
  /** replace the whole text (a template chosen after typing began), as one undo step */
  replace: (text: string) => void;
}

const highlight = HighlightStyle.define([
  { tag: tags.heading1, fontSize: '1.45em', fontWeight: '700' },
  { tag: tags.heading2, fontSize: '1.2em', fontWeight: '650' },
  { tag: tags.heading3, fontSize: '1.05em', fontWeight: '650' },
  { tag: tags.strong, fontWeight: '700' },
  { tag: tags.emphasis, fontStyle: 'italic' },
  { tag: tags.strikethrough, textDecoration: 'line-through' },
  { tag: tags.link, color: 'var(--mantine-color-teal-text)' },
  { tag: tags.url, color: 'var(--mantine-color-dimmed)' },
  { tag: tags.quote, color: 'var(--mantine-color-dimmed)', fontStyle: 'italic' },
  { tag: tags.monospace, fontFamily: 'ui-monospace, SFMono-Regular, Menlo, monospace' },
  { tag: [tags.processingInstruction, tags.meta], color: 'var(--mantine-color-dimmed)' },
]);

/** Looks of the page: the app's font, calm line height, colours from the Mantine theme (light and dark). */
const look = EditorView.theme({
  '&': { fontSize: '16px', color: 'var(--mantine-color-text)', backgroundColor: 'transparent' },
  '&.cm-focused': { outline: 'none' },
  '.cm-scroller': { fontFamily: 'inherit', lineHeight: '1.7' },
  '.cm-content': { padding: '12px 4px', caretColor: 'var(--mantine-color-teal-filled)', maxWidth: '46rem' },
  '.cm-placeholder': { color: 'var(--mantine-color-placeholder)' },
  '&.cm-focused .cm-selectionBackground, .cm-selectionBackground, ::selection': {
    backgroundColor: 'var(--mantine-color-teal-light) !important',
  },
  '.cm-cursor': { borderLeftColor: 'var(--mantine-color-teal-filled)', borderLeftWidth: '2px' },
  '.cm-selectionMatch': { backgroundColor: 'var(--mantine-color-yellow-light)' },
  '.cm-panels': { backgroundColor: 'var(--mantine-color-body)', color: 'var(--mantine-color-text)' },
});

interface Tool {
  label: string;
  keys: string;
  icon: ComponentType<{ size?: number; stroke?: number }>;
  run: (v: EditorView) => boolean;
}

const TOOLS: (Tool | 'gap')[] = [
  { label: 'Heading', keys: `${MOD}+Alt+1`, icon: IconH1, run: (v) => toggleLinePrefix(v, '# ') },
  { label: 'Subheading', keys: `${MOD}+Alt+2`, icon: IconH2, run: (v) => toggleLinePrefix(v, '## ') },
  { label: 'Small heading', keys: `${MOD}+Alt+3`, icon: IconH3, run: (v) => toggleLinePrefix(v, '### ') },
  'gap',
  { label: 'Bold', keys: `${MOD}+B`, icon: IconBold, run: (v) => toggleMark(v, '**') },
  { label: 'Italic', keys: `${MOD}+I`, icon: IconItalic, run: (v) => toggleMark(v, '_') },
  { label: 'Link', keys: `${MOD}+K`, icon: IconLink, run: insertLink },
  'gap',
  { label: 'Bulleted list', keys: `${MOD}+Shift+8`, icon: IconList, run: (v) => toggleLinePrefix(v, '- ') },
  { label: 'Numbered list', keys: `${MOD}+Shift+7`, icon: IconListNumbers, run: (v) => toggleLinePrefix(v, '1. ') },
  { label: 'Checklist', keys: `${MOD}+Shift+9`, icon: IconListCheck, run: (v) => toggleLinePrefix(v, '- [ ] ') },
  { label: 'Quote', keys: `${MOD}+Shift+.`, icon: IconBlockquote, run: (v) => toggleLinePrefix(v, '> ') },
  'gap',
  { label: 'Undo', keys: `${MOD}+Z`, icon: IconArrowBackUp, run: undo },
  { label: 'Redo', keys: `${MOD}+Shift+Z`, icon: IconArrowForwardUp, run: redo },
];

const formatKeys = keymap.of([
  { key: 'Mod-b', run: (v) => toggleMark(v, '**') },
  { key: 'Mod-i', run: (v) => toggleMark(v, '_') },
  { key: 'Mod-k', run: insertLink },
  { key: 'Mod-Alt-1', run: (v) => toggleLinePrefix(v, '# ') },
  { key: 'Mod-Alt-2', run: (v) => toggleLinePrefix(v, '## ') },
  { key: 'Mod-Alt-3', run: (v) => toggleLinePrefix(v, '### ') },
  { key: 'Mod-Shift-8', run: (v) => toggleLinePrefix(v, '- ') },
  { key: 'Mod-Shift-7', run: (v) => toggleLinePrefix(v, '1. ') },
  { key: 'Mod-Shift-9', run: (v) => toggleLinePrefix(v, '- [ ] ') },
  { key: 'Mod-Shift-.', run: (v) => toggleLinePrefix(v, '> ') },
]);

/**
 * The journal's Markdown editor: CodeMirror 6 with lang-markdown (GFM), which gives the text
 * back exactly as typed. Toolbar and the shortcuts people expect, undo/redo, find (Mod+F).
 * Uncontrolled: `initial` is read when `docKey` changes; every edit goes to `onChange`.
 * `extraKeys` lets the owner bind keys the page-wide hotkeys cannot see inside the editor (lock).
 */
export const MarkdownEditor = forwardRef<
  MarkdownEditorHandle,
  {
    docKey: string;
    initial: string;
    onChange: (text: string) => void;
    placeholder?: string;
    autoFocus?: boolean;
    label: string;
    onModL?: () => void;
    minHeight?: number;
  }
>(function MarkdownEditor({ docKey, initial, onChange, placeholder, autoFocus, label, onModL, minHeight = 320 }, ref) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  const change = useRef(onChange);
  const modL = useRef(onModL);
  useEffect(() => {
    change.current = onChange;
    modL.current = onModL;
  });

  useEffect(() => {
    const v = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: initial,
        extensions: [
          history(),
          keymap.of([{ key: 'Mod-l', run: () => (modL.current ? (modL.current(), true) : false) }]),
          formatKeys,
          keymap.of([...markdownKeymap, ...defaultKeymap, ...historyKeymap, ...searchKeymap, indentWithTab]),
          markdown({ base: markdownLanguage }),
          syntaxHighlighting(highlight),
          highlightSelectionMatches(),
          EditorView.lineWrapping,
          EditorView.contentAttributes.of({ 'aria-label': label, 'data-testid': 'md-editor' }),
          cmPlaceholder(placeholder ?? ''),
          look,
          EditorView.updateListener.of((u) => {
            if (u.docChanged) change.current(u.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = v;
    if (autoFocus) {
      v.focus();
      v.dispatch({ selection: { anchor: firstBlank(initial) } });
    }
    return () => {
      v.destroy();
      view.current = null;
    };
    // a new document only when the key changes: the text itself is the editor's own state
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [docKey]);

  useImperativeHandle(ref, () => ({
    focus: () => view.current?.focus(),
    replace: (text) => {
      const v = view.current;
      if (!v) return;
      v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: text }, selection: { anchor: firstBlank(text) } });
      v.focus();
    },
  }));

  return (
    <div>
      <Group
        gap={2}
        role="toolbar"
        aria-label="Formatting"
        wrap="wrap"
        pb={4}
        style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}
      >
        {TOOLS.map((t, i) =>
          t === 'gap' ? (
            <span key={i} style={{ width: 10 }} />
          ) : (
            <Tooltip key={t.label} label={`${t.label} (${t.keys})`} openDelay={300}>
              <ActionIcon
                variant="subtle"
                color="gray"
                size="md"
                aria-label={t.label}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => view.current && t.run(view.current)}
              >
                <t.icon size={18} stroke={1.7} />
              </ActionIcon>
            </Tooltip>
          ),
        )}
      </Group>
      <div ref={host} style={{ minHeight }} onClick={() => view.current?.focus()} />
    </div>
  );
});

/** Where typing starts in a template: the end of its first empty section (after the first "## " heading). */
function firstBlank(text: string): number {
  const m = /^#{2,3} [^\n]*\n/m.exec(text);
  if (!m) return text.length;
  return m.index + m[0].length;
}
