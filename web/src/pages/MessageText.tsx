import { splitMentions } from '../chat/mentions';
import type { ChatMessage } from '../chat/logic';

/** A message's text with its «@» mentions marked; a mention of the reader stands out more. */
export function MessageText({ message, me }: { message: ChatMessage; me: string }) {
  return (
    <p className="message-text prewrap">
      {splitMentions(message.text, message.mentions ?? []).map((part, i) =>
        part.mention ? (
          <mark key={i} className={part.mention === me ? 'mention mention-me' : 'mention'}>
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
