import type { KeyboardEvent, RefObject } from 'react';
import { t } from '../../../i18n';
import { bulletSelection, linkSelection, wrapSelection, type ComposerEdit } from '../messages/markup';
import '../chat-ui.css';

interface Props {
  textarea: RefObject<HTMLTextAreaElement | null>;
  onChange: (text: string) => void;
}

/** Ж, К, ссылка, список above the composer: each wraps or prefixes the selection with the markup MessageText reads. */
export function FormattingToolbar({ textarea, onChange }: Props) {
  const apply = (edit: (text: string, start: number, end: number) => ComposerEdit) => applyEdit(textarea.current, onChange, edit);
  return (
    <div className="format-toolbar" role="group" aria-label={t('chats.formatToolbar')} aria-controls="composer-text">
      <button type="button" className="format-button" title={t('chats.formatBoldHint')} aria-label={t('chats.formatBold')} onClick={() => apply((s, a, b) => wrapSelection(s, a, b, '**'))}>
        <strong aria-hidden="true">Ж</strong>
      </button>
      <button type="button" className="format-button" title={t('chats.formatItalicHint')} aria-label={t('chats.formatItalic')} onClick={() => apply((s, a, b) => wrapSelection(s, a, b, '_'))}>
        <em aria-hidden="true">К</em>
      </button>
      <button type="button" className="format-button" onClick={() => apply((s, a, b) => linkSelection(s, a, b, t('chats.formatLinkLabel')))}>
        {t('chats.formatLinkShort')}
      </button>
      <button type="button" className="format-button" onClick={() => apply(bulletSelection)}>
        {t('chats.formatListShort')}
      </button>
    </div>
  );
}

/** Ctrl+B and Ctrl+I in the composer (⌘ on a Mac); true when the key was taken. */
export function handleFormattingKey(event: KeyboardEvent<HTMLTextAreaElement>, onChange: (text: string) => void): boolean {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return false;
  const key = event.key.toLowerCase();
  // The Russian layout gives и for B and ш for I.
  const marker = key === 'b' || key === 'и' ? '**' : key === 'i' || key === 'ш' ? '_' : null;
  if (!marker) return false;
  event.preventDefault();
  applyEdit(event.currentTarget, onChange, (s, a, b) => wrapSelection(s, a, b, marker));
  return true;
}

function applyEdit(element: HTMLTextAreaElement | null, onChange: (text: string) => void, edit: (text: string, start: number, end: number) => ComposerEdit) {
  if (!element) return;
  const result = edit(element.value, element.selectionStart, element.selectionEnd);
  onChange(result.text);
  element.focus();
  // After React has put the new value in, restore the selection inside the markers.
  requestAnimationFrame(() => element.setSelectionRange(result.selectionStart, result.selectionEnd));
}
