import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { FormAlert } from '../components/Form';
import { t } from '../i18n';
import { highlightParts } from '../chat/logic';
const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
/**
 * MSG-8: searching the person's own chats. While a query is typed the results replace the chat list; a hit
 * opens the message in context (?message=seq). Highlights are rendered as <mark> around text, never as HTML.
 */
export function ChatSearch({ organizationId, base, children }) {
    const [query, setQuery] = useState('');
    const [hits, setHits] = useState(null);
    const [error, setError] = useState();
    const [busy, setBusy] = useState(false);
    const q = query.trim();
    useEffect(() => {
        if (q.length < 2) {
            setHits(null);
            setError(undefined);
            return;
        }
        let alive = true;
        setBusy(true);
        const timer = setTimeout(async () => {
            try {
                const result = await api.get(`/api/organizations/${organizationId}/search?q=${encodeURIComponent(q)}`);
                if (alive) {
                    setHits(result);
                    setError(undefined);
                }
            }
            catch (failure) {
                if (alive && failure instanceof ApiError)
                    setError(failure);
            }
            finally {
                if (alive)
                    setBusy(false);
            }
        }, 300);
        return () => {
            alive = false;
            clearTimeout(timer);
        };
    }, [q, organizationId]);
    function onKeyDown(event) {
        if (event.key === 'Escape' && query) {
            event.preventDefault();
            setQuery('');
        }
    }
    return (_jsxs(_Fragment, { children: [_jsxs("div", { role: "search", className: "chat-search", children: [_jsx("label", { htmlFor: "chat-search", className: "sr-only", children: t('chats.search') }), _jsx("input", { id: "chat-search", type: "search", placeholder: t('chats.search'), value: query, "aria-describedby": "chat-search-hint", onChange: (e) => setQuery(e.target.value), onKeyDown: onKeyDown }), _jsx("p", { id: "chat-search-hint", className: "sr-only", children: t('chats.searchHint') })] }), q.length < 2 ? (children) : (_jsxs("section", { "aria-label": t('chats.searchResults'), className: "search-results", children: [error && _jsx(FormAlert, { title: error.field('q') ?? error.title }), _jsx("p", { role: "status", className: "muted", children: busy ? t('chats.searching') : hits ? (hits.length === 0 ? t('chats.searchNothing') : t('chats.searchFound', { count: String(hits.length) })) : '' }), hits && hits.length > 0 && (_jsx("ul", { className: "chat-list", children: hits.map((hit) => (_jsx("li", { children: _jsx(Link, { to: `${base}/${hit.chatId}?message=${Number(hit.seq)}`, className: "chat-link search-hit", children: _jsxs("span", { className: "chat-link-body", children: [_jsx("span", { className: "chat-link-title", children: hit.chatTitle }), _jsxs("span", { className: "chat-link-kind", children: [hit.senderName, " \u00B7 ", dayTime.format(new Date(hit.createdAt))] }), _jsx("span", { className: "search-hit-text", children: highlightParts(hit.text, hit.highlights).map((part, i) => (part.mark ? _jsx("mark", { children: part.text }, i) : _jsx("span", { children: part.text }, i))) })] }) }) }, `${hit.chatId}-${hit.seq}`))) }))] }))] }));
}
