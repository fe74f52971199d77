import { Typography } from '@mantine/core';
import ReactMarkdown from 'react-markdown';
import remarkGfm from 'remark-gfm';

/** Agendas and meeting notes as Markdown, never raw HTML; links are shown, not followed. */
export function Markdown({ text }: { text: string }) {
  return (
    <Typography fz="sm">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={{ a: ({ children }) => <span>{children}</span> }}>
        {text}
      </ReactMarkdown>
    </Typography>
  );
}
