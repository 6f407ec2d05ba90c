import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { api } from '../../../api/client';
import type { components } from '../../../api/schema';
import { insertMention, mentionedIn, mentionQuery, suggestMembers, type MentionPerson } from './mentions';
import { t } from '../../../i18n';

type ChatMembersDto = components['schemas']['ChatMembersDto'];

/**
 * «@» in the composer (MSG-3): typing «@» opens a list of the chat's members (a listbox the textarea points
 * into with aria-activedescendant: arrows choose, Enter or Tab inserts «@Имя Фамилия», Escape closes), and
 * the people inserted become the message's mentions while the text still names them.
 */
export function useMentionPicker(membersUrl: string, me: string, initial: readonly MentionPerson[]) {
  const listId = useId();
  const [members, setMembers] = useState<MentionPerson[] | null>(null);
  const loading = useRef(false);
  const [picked, setPicked] = useState<MentionPerson[]>([...initial]);
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const suggestions = query && members ? suggestMembers(members, query.query, me) : [];
  const open = query !== null && members !== null;

  async function loadMembers() {
    if (loading.current) return;
    loading.current = true;
    try {
      // In a large chat an ordinary member gets only its admins (ID-7), so those are whom they can mention.
      const list = await api.get<ChatMembersDto>(membersUrl);
      setMembers(list.members.map((m) => ({ accountId: m.accountId, name: m.fullName })));
    } catch {
      loading.current = false; // try again at the next «@»
    }
  }

  /** After every change of the text or the caret. */
  function update(text: string, caret: number) {
    const found = mentionQuery(text, caret);
    setQuery(found);
    setActive(0);
    if (found && !members) void loadMembers();
  }

  function choose(person: MentionPerson, text: string, setText: (text: string) => void, textarea: HTMLTextAreaElement | null) {
    if (!query || !textarea) return;
    const next = insertMention(text, query.start, textarea.selectionStart ?? text.length, person.name);
    setText(next.text);
    setPicked((list) => [...list.filter((p) => p.accountId !== person.accountId), person]);
    setQuery(null);
    requestAnimationFrame(() => {
      textarea.focus();
      textarea.setSelectionRange(next.caret, next.caret);
    });
  }

  /** Whether the key belonged to the open list (then the composer must not act on it). */
  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>, text: string, setText: (text: string) => void): boolean {
    if (!open) return false;
    if (event.key === 'Escape') {
      event.preventDefault();
      setQuery(null);
      return true;
    }
    if (suggestions.length === 0) return false;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (i + step + suggestions.length) % suggestions.length);
      return true;
    }
    if ((event.key === 'Enter' && !event.shiftKey) || event.key === 'Tab') {
      event.preventDefault();
      choose(suggestions[Math.min(active, suggestions.length - 1)], text, setText, event.currentTarget);
      return true;
    }
    return false;
  }

  const optionId = (i: number) => `${listId}-option-${i}`;
  const inputProps = {
    // A combobox takes no aria-multiline (WCAG 4.1.2, axe aria-allowed-attr); the textarea stays multi-line for typing.
    role: 'combobox',
    'aria-autocomplete': 'list' as const,
    'aria-expanded': open && suggestions.length > 0,
    'aria-controls': listId,
    'aria-activedescendant': open && suggestions.length > 0 ? optionId(Math.min(active, suggestions.length - 1)) : undefined,
  };

  function list(text: string, setText: (text: string) => void, textarea: HTMLTextAreaElement | null) {
    return (
      <>
        <ul id={listId} role="listbox" className="mention-list" aria-label={t('chats.mentionSuggestions')} hidden={!open || suggestions.length === 0}>
          {suggestions.map((person, i) => (
            <li
              key={person.accountId}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className={i === active ? 'mention-option mention-option-active' : 'mention-option'}
              // mousedown, not click: the textarea keeps its focus and caret
              onMouseDown={(e) => {
                e.preventDefault();
                choose(person, text, setText, textarea);
              }}
            >
              {person.name}
            </li>
          ))}
        </ul>
        <p className="sr-only" aria-live="polite">
          {open && suggestions.length === 0 ? t('chats.mentionNone') : ''}
        </p>
      </>
    );
  }

  return {
    update,
    onKeyDown,
    inputProps,
    list,
    mentionsFor: (text: string) => mentionedIn(text, picked),
    reset: () => {
      setPicked([]);
      setQuery(null);
    },
  };
}
