import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkup, type Inline } from './markup';
import { splitMentions, type MentionPerson } from '../composer/mentions';
import '../chat-ui.css';

interface Mentions {
  people: readonly MentionPerson[];
  /** The reader: their own mention stands out more. */
  me: string;
}

/**
 * A message body with its formatting as React elements — nothing a sender types becomes HTML — and its
 * «@» mentions marked.
 */
export function MessageText({ text, mentions }: { text: string; mentions?: Mentions }) {
  const blocks = useMemo(() => parseMarkup(text), [text]);
  const renderInline = (tokens: Inline[]) => renderTokens(tokens, mentions);
  return (
    <div className="message-text message-markup">
      {blocks.map((block, b) => {
        if (block.kind === 'bullets') return <ul key={b}>{block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>)}</ul>;
        if (block.kind === 'numbered')
          return (
            <ol key={b} start={block.start}>
              {block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>)}
            </ol>
          );
        return (
          <p key={b} className="prewrap">
            {block.lines.map((line, i) => (
              <Fragment key={i}>
                {i > 0 && <br />}
                {renderInline(line)}
              </Fragment>
            ))}
          </p>
        );
      })}
    </div>
  );
}

function renderTokens(tokens: Inline[], mentions: Mentions | undefined): ReactNode[] {
  return tokens.map((token, i) => {
    switch (token.kind) {
      case 'text':
        return <Fragment key={i}>{mentions && mentions.people.length > 0 ? markMentions(token.text, mentions) : token.text}</Fragment>;
      case 'bold':
        return <strong key={i}>{renderTokens(token.children, mentions)}</strong>;
      case 'italic':
        return <em key={i}>{renderTokens(token.children, mentions)}</em>;
      case 'link':
        return (
          <a key={i} href={token.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderTokens(token.children, mentions)}
          </a>
        );
    }
  });
}

function markMentions(text: string, { people, me }: Mentions): ReactNode[] {
  return splitMentions(text, people).map((part, i) =>
    part.mention ? (
      <mark key={i} className={part.mention === me ? 'mention mention-me' : 'mention'}>
        {part.text}
      </mark>
    ) : (
      part.text
    ),
  );
}
