import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { t } from '../i18n';
import { bulletSelection, linkSelection, wrapSelection } from './markup';
import './chat-ui.css';
/** Ж, К, ссылка, список above the composer: each wraps or prefixes the selection with the markup MessageText reads. */
export function FormattingToolbar({ textarea, onChange }) {
    const apply = (edit) => applyEdit(textarea.current, onChange, edit);
    return (_jsxs("div", { className: "format-toolbar", role: "group", "aria-label": t('chats.formatToolbar'), "aria-controls": "composer-text", children: [_jsx("button", { type: "button", className: "format-button", title: t('chats.formatBoldHint'), "aria-label": t('chats.formatBold'), onClick: () => apply((s, a, b) => wrapSelection(s, a, b, '**')), children: _jsx("strong", { "aria-hidden": "true", children: "\u0416" }) }), _jsx("button", { type: "button", className: "format-button", title: t('chats.formatItalicHint'), "aria-label": t('chats.formatItalic'), onClick: () => apply((s, a, b) => wrapSelection(s, a, b, '_')), children: _jsx("em", { "aria-hidden": "true", children: "\u041A" }) }), _jsx("button", { type: "button", className: "format-button", onClick: () => apply((s, a, b) => linkSelection(s, a, b, t('chats.formatLinkLabel'))), children: t('chats.formatLinkShort') }), _jsx("button", { type: "button", className: "format-button", onClick: () => apply(bulletSelection), children: t('chats.formatListShort') })] }));
}
/** Ctrl+B and Ctrl+I in the composer (⌘ on a Mac); true when the key was taken. */
export function handleFormattingKey(event, onChange) {
    if (!(event.ctrlKey || event.metaKey) || event.altKey)
        return false;
    const key = event.key.toLowerCase();
    // The Russian layout gives и for B and ш for I.
    const marker = key === 'b' || key === 'и' ? '**' : key === 'i' || key === 'ш' ? '_' : null;
    if (!marker)
        return false;
    event.preventDefault();
    applyEdit(event.currentTarget, onChange, (s, a, b) => wrapSelection(s, a, b, marker));
    return true;
}
function applyEdit(element, onChange, edit) {
    if (!element)
        return;
    const result = edit(element.value, element.selectionStart, element.selectionEnd);
    onChange(result.text);
    element.focus();
    // After React has put the new value in, restore the selection inside the markers.
    requestAnimationFrame(() => element.setSelectionRange(result.selectionStart, result.selectionEnd));
}
