import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from '../api/client';
import { FormAlert, LoadError } from '../components/Form';
import { t } from '../i18n';
import { applyAdded, applyDeleted, applyPage, commentsLink, nextCursor, toComment, } from '../chat/comments';
import { realtime } from '../chat/connection';
import { newClientId } from '../chat/logic';
const PAGE = 50;
const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
/** Under a channel post: «Комментарии (N)» or «Комментировать», and for its administrators the switch. */
export function PostCommentsBar({ message, canModerate, open, onOpen, onSwitch }) {
    if (message.deleted)
        return null;
    const link = commentsLink(message);
    return (_jsxs("div", { className: "message-foot post-comments-bar", children: [link && (_jsx("button", { type: "button", className: "link-button", "aria-expanded": open, onClick: onOpen, children: link.count > 0 ? t('comments.open', { count: String(link.count) }) : t('comments.first') })), link && !message.commentsEnabled && _jsx("span", { className: "muted", children: t('comments.closedNote') }), canModerate && (_jsx("button", { type: "button", className: "link-button", onClick: () => onSwitch(!message.commentsEnabled), children: message.commentsEnabled ? t('comments.disable') : t('comments.enable') }))] }));
}
/** The channel composer's option, for the administrators who post there. */
export function AllowCommentsOption({ checked, onChange }) {
    return (_jsxs("label", { className: "choice composer-ack", children: [_jsx("input", { type: "checkbox", checked: checked, onChange: (e) => onChange(e.target.checked) }), " ", t('comments.allow')] }));
}
/**
 * One post's comment thread: oldest first with «Показать ещё», live additions and deletions from the hub,
 * a composer while comments are open. Escape or «Закрыть» returns focus to where the person was.
 */
export function CommentThreadPanel({ organizationId, chatId, post, me, canModerate, onSwitch, onClose }) {
    const base = `/api/organizations/${organizationId}/chats/${chatId}/messages/${post.seq}/comments`;
    const [thread, setThread] = useState(null);
    const [loadError, setLoadError] = useState();
    const [actionError, setActionError] = useState();
    const [loadingMore, setLoadingMore] = useState(false);
    const [announcement, setAnnouncement] = useState('');
    const heading = useRef(null);
    const threadRef = useRef(null);
    threadRef.current = thread;
    const loadMore = useCallback(async () => {
        setLoadingMore(true);
        try {
            const after = nextCursor(threadRef.current);
            const page = await api.get(`${base}?limit=${PAGE}${after ? `&after=${after}` : ''}`);
            setThread((state) => applyPage(state, page));
            setLoadError(undefined);
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setLoadError(failure);
        }
        finally {
            setLoadingMore(false);
        }
    }, [base]);
    // The first page, and again after a reconnect (events may have been missed meanwhile).
    useEffect(() => {
        setThread(null);
        threadRef.current = null;
        void loadMore();
        return realtime().onOnline(() => {
            if (threadRef.current && !threadRef.current.hasMore)
                void loadMore();
        });
    }, [loadMore]);
    useEffect(() => {
        const hub = realtime().hub;
        const mine = (event) => event.comment.chatId === chatId && Number(event.comment.postSeq) === post.seq;
        const onAdded = (event) => {
            if (!mine(event))
                return;
            setThread((state) => (state ? applyAdded(state, toComment(event.comment)) : state));
            if (event.comment.authorId !== me)
                setAnnouncement(t('comments.added', { name: event.comment.authorName }));
        };
        const onDeleted = (event) => {
            if (mine(event))
                setThread((state) => (state ? applyDeleted(state, toComment(event.comment)) : state));
        };
        hub.on('CommentAdded', onAdded);
        hub.on('CommentDeleted', onDeleted);
        return () => {
            hub.off('CommentAdded', onAdded);
            hub.off('CommentDeleted', onDeleted);
        };
    }, [chatId, post.seq, me]);
    // Focus moves into the panel when it opens and back where it came from when it closes.
    useEffect(() => {
        const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
        heading.current?.focus();
        return () => before?.focus();
    }, [post.seq]);
    function onKeyDown(event) {
        if (event.key === 'Escape') {
            event.stopPropagation();
            onClose();
        }
    }
    async function remove(comment) {
        setActionError(undefined);
        try {
            const dto = await api.request('DELETE', `${base}/${comment.id}`);
            setThread((state) => (state ? applyDeleted(state, toComment(dto)) : state));
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setActionError(failure);
        }
    }
    const comments = thread?.comments ?? [];
    return (_jsxs("aside", { className: "comment-panel", role: "dialog", "aria-labelledby": "comment-panel-title", onKeyDown: onKeyDown, children: [_jsxs("header", { className: "comment-panel-head", children: [_jsx("h3", { id: "comment-panel-title", ref: heading, tabIndex: -1, children: t('comments.title') }), canModerate && (_jsx("button", { type: "button", className: "link-button", onClick: () => onSwitch(!post.commentsEnabled), children: post.commentsEnabled ? t('comments.disable') : t('comments.enable') })), _jsx("button", { type: "button", className: "button-secondary button-small", "aria-label": t('comments.closePanel'), onClick: onClose, children: t('comments.close') })] }), _jsxs("blockquote", { className: "reply-preview comment-post", children: [_jsx("strong", { children: post.senderName }), _jsx("span", { children: post.text })] }), loadError && !thread ? (_jsx(LoadError, { title: loadError.title })) : !thread ? (_jsx("p", { role: "status", children: t('comments.loading') })) : comments.length === 0 ? (_jsx("p", { className: "empty-state", children: post.commentsEnabled ? t('comments.empty') : t('comments.emptyClosed') })) : (_jsx("ol", { className: "comments", "aria-label": t('comments.list'), children: comments.map((comment) => (_jsx(CommentItem, { comment: comment, mine: comment.authorId === me, canDelete: !comment.deleted && (comment.authorId === me || canModerate), onDelete: () => void remove(comment) }, comment.id))) })), thread?.hasMore && (_jsx("p", { className: "chat-log-more", children: _jsx("button", { type: "button", className: "button-secondary button-small", disabled: loadingMore, onClick: () => void loadMore(), children: t('comments.more') }) })), _jsx("p", { className: "sr-only", "aria-live": "polite", children: announcement }), actionError && _jsx(FormAlert, { title: actionError.title }), post.commentsEnabled ? (_jsx(CommentComposer, { base: base, onAdded: (dto) => setThread((state) => (state ? applyAdded(state, toComment(dto)) : state)) })) : (_jsx("p", { className: "muted", children: t('comments.closed') }))] }));
}
function CommentItem({ comment, mine, canDelete, onDelete }) {
    return (_jsxs("li", { className: `comment${mine ? ' comment-mine' : ''}`, children: [_jsxs("p", { className: "message-meta", children: [_jsx("strong", { children: mine ? t('chats.you') : comment.authorName }), comment.authorVerifiedTeacher && _jsxs("span", { className: "badge badge-verified badge-small", children: ["\u2713 ", t('chats.verifiedTeacher')] }), ' ', _jsx("time", { dateTime: comment.createdAt, className: "muted", children: dayTime.format(new Date(comment.createdAt)) })] }), comment.deleted ? (_jsx("p", { className: "message-text message-deleted", children: t('comments.deleted') })) : (_jsx("p", { className: "message-text prewrap", children: comment.text })), canDelete && (_jsx("button", { type: "button", className: "link-button link-danger", "aria-label": t('comments.deleteNamed', { name: comment.authorName }), onClick: onDelete, children: t('comments.delete') }))] }));
}
/**
 * Writes one comment. The client id is kept until the server confirms, so pressing «Отправить» again after a
 * lost answer returns the stored comment instead of a second one.
 */
function CommentComposer({ base, onAdded }) {
    const [text, setText] = useState('');
    const [clientId, setClientId] = useState(newClientId);
    const [error, setError] = useState();
    const [busy, setBusy] = useState(false);
    async function submit(event) {
        event?.preventDefault();
        const value = text.trim();
        if (!value || busy)
            return;
        setBusy(true);
        setError(undefined);
        try {
            onAdded(await api.post(base, { clientId, text: value }));
            setText('');
            setClientId(newClientId());
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setError(failure);
        }
        finally {
            setBusy(false);
        }
    }
    function onKeyDown(event) {
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void submit();
        }
    }
    return (_jsxs("form", { className: "composer comment-composer", onSubmit: (e) => void submit(e), children: [error && _jsx(FormAlert, { title: error.field('text') ?? error.title }), _jsx("label", { htmlFor: "comment-text", className: "sr-only", children: t('comments.composer') }), _jsxs("div", { className: "composer-row", children: [_jsx("textarea", { id: "comment-text", rows: 2, value: text, placeholder: t('comments.composer'), onChange: (e) => setText(e.target.value), onKeyDown: onKeyDown }), _jsx("button", { type: "submit", disabled: busy, children: t('comments.send') })] })] }));
}
