import { Anchor, Code, Text, Typography } from '@mantine/core';
import ReactMarkdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';

/**
 * A link the window may offer to open: https only, no credentials. Main checks it again and
 * asks before opening anything (electron/main/security.ts); anything else stays plain text.
 */
const isWebLink = (href: string | undefined): href is string => {
  if (!href) return false;
  try {
    const u = new URL(href);
    return u.protocol === 'https:' && !u.username && !u.password && !!u.hostname;
  } catch {
    return false;
  }
};

const components: Components = {
  a: ({ href, children }) =>
    isWebLink(href) ? (
      <Anchor href={href} target="_blank" rel="noreferrer noopener">
        {children}
      </Anchor>
    ) : (
      <span>{children}</span>
    ),
  // never a remote image (it would tell a server you read this): the description instead
  img: ({ alt }) => (
    <Text component="span" c="dimmed" fs="italic">
      [image{alt ? `: ${alt}` : ''}]
    </Text>
  ),
  code: ({ children }) => <Code>{children}</Code>,
};

/** Rendered Markdown, safely: react-markdown never inserts raw HTML; no URL is loaded. */
export function SafeMarkdown({ text }: { text: string }) {
  return (
    <Typography>
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        skipHtml
        components={components}
        urlTransform={(url, key) => (key === 'src' ? '' : isWebLink(url) ? url : '')}
      >
        {text}
      </ReactMarkdown>
    </Typography>
  );
}
