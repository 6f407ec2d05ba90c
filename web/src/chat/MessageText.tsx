import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkup, type Inline } from './markup';
import './chat-ui.css';

/** A message body with its formatting as React elements: nothing a sender types becomes HTML. */
export function MessageText({ text }: { text: string }) {
  const blocks = useMemo(() => parseMarkup(text), [text]);
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

function renderInline(tokens: Inline[]): ReactNode[] {
  return tokens.map((token, i) => {
    switch (token.kind) {
      case 'text':
        return <Fragment key={i}>{token.text}</Fragment>;
      case 'bold':
        return <strong key={i}>{renderInline(token.children)}</strong>;
      case 'italic':
        return <em key={i}>{renderInline(token.children)}</em>;
      case 'link':
        return (
          <a key={i} href={token.href} target="_blank" rel="noopener noreferrer nofollow">
            {renderInline(token.children)}
          </a>
        );
    }
  });
}
