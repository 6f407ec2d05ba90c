import type { ChatSummary } from '../messenger/chatList';
import '../chat-ui.css';

/** The chat's initials (the class name for class chats), for a chat without a photo; no emoji font needed. */
export function chatMark(chat: Pick<ChatSummary, 'kind' | 'title'>): string {
  if (chat.kind === 'class') return chat.title.split(' — ')[0].slice(0, 3);
  const words = chat.title.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words
    .slice(0, 2)
    .map((w) => w[0])
    .join('')
    .toLocaleUpperCase('ru');
}

/** The chat's photo, or its initials in a circle coloured by kind. Decorative: the title is always beside it. */
export function ChatAvatar({ chat, large = false }: { chat: Pick<ChatSummary, 'kind' | 'title' | 'avatarUrl'>; large?: boolean }) {
  const size = large ? ' chat-icon-large' : '';
  if (chat.avatarUrl) return <img className={`chat-icon chat-avatar${size}`} src={chat.avatarUrl} alt="" width={256} height={256} />;
  return (
    <span className={`chat-icon chat-icon-${chat.kind}${size}`} aria-hidden="true">
      {chatMark(chat)}
    </span>
  );
}
