import { jsx as _jsx, jsxs as _jsxs, Fragment as _Fragment } from "react/jsx-runtime";
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { api, ApiError } from '../api/client';
import { FormAlert, LoadError, Loading } from '../components/Form';
import { t } from '../i18n';
import { nextVote, pollIsOpen, pollView, REACTIONS, reactionView } from '../chat/logic';
import { MessageText } from '../chat/MessageText';
import { plainText } from '../chat/markup';
import { ConversationTitle } from '../chat/ConversationTitle';
import { ScheduledBar, SchedulePicker, useScheduledMessages } from '../chat/ScheduledMessages';
import { FormattingToolbar, handleFormattingKey } from '../chat/FormattingToolbar';
const time = new Intl.DateTimeFormat('ru-RU', { hour: '2-digit', minute: '2-digit' });
const dayTime = new Intl.DateTimeFormat('ru-RU', { day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' });
function when(iso) {
    const date = new Date(iso);
    return date.toDateString() === new Date().toDateString() ? time.format(date) : dayTime.format(date);
}
/** One open chat: its history (older pages on scroll up), pending sends, who is typing, the composer. */
export function Conversation({ organizationId, chat, messenger, me, isStaff, isAdministrator }) {
    const history = messenger.histories[chat.id];
    const error = messenger.historyErrors[chat.id];
    const pending = messenger.pending.filter((p) => p.chatId === chat.id);
    const typing = messenger.typing[chat.id];
    const [replyTo, setReplyTo] = useState(null);
    const [editing, setEditing] = useState(null);
    const [actionError, setActionError] = useState();
    const log = useRef(null);
    const composer = useRef(null);
    const stickToBottom = useRef(true);
    const firstSeq = useRef(null);
    const heightBefore = useRef(0);
    const canModerate = chat.isAdmin || isAdministrator;
    // Pins: chat admins, or both people in a direct chat (as the server decides).
    const canPin = chat.kind === 'direct' || canModerate;
    const pins = messenger.pins[chat.id] ?? [];
    const pinnedSeqs = new Set(pins.map((p) => p.seq));
    const [focusSeq, setFocusSeq] = useState(null);
    const [pollOpen, setPollOpen] = useState(false);
    const [quietMembers, setQuietMembers] = useState([]);
    // MSG-6: teachers of this chat who are outside their working hours, and when they will be notified.
    useEffect(() => {
        let alive = true;
        async function load() {
            try {
                const list = await api.get(`/api/organizations/${organizationId}/chats/${chat.id}/quiet-members`);
                if (alive)
                    setQuietMembers(list);
            }
            catch {
                // A courtesy line; it is simply not shown.
            }
        }
        void load();
        const timer = setInterval(() => void load(), 60 * 1000);
        return () => {
            alive = false;
            clearInterval(timer);
        };
    }, [organizationId, chat.id]);
    const messages = history?.messages ?? [];
    const lastSeq = messages.length > 0 ? messages[messages.length - 1].seq : 0;
    const scheduled = useScheduledMessages(organizationId, chat.id, messenger.quiet?.timeZone, lastSeq);
    // Keep the view where the person was: at the bottom for new messages, in place when older ones load above.
    useLayoutEffect(() => {
        const element = log.current;
        if (!element)
            return;
        const first = messages[0]?.seq ?? null;
        if (firstSeq.current !== null && first !== null && first < firstSeq.current) {
            element.scrollTop += element.scrollHeight - heightBefore.current;
        }
        else if (stickToBottom.current) {
            element.scrollTop = element.scrollHeight;
        }
        firstSeq.current = first;
        heightBefore.current = element.scrollHeight;
    });
    // Read while visible: the cursor moves to the newest message shown.
    useEffect(() => {
        function mark() {
            if (document.visibilityState === 'visible' && !history?.hasNewer && lastSeq > chat.readSeq)
                messenger.markRead(chat.id, lastSeq);
        }
        mark();
        document.addEventListener('visibilitychange', mark);
        return () => document.removeEventListener('visibilitychange', mark);
    }, [chat.id, chat.readSeq, lastSeq, history?.hasNewer, messenger]);
    // A pinned message (or search hit) opened in context: brought into view and focused for keyboard users.
    useEffect(() => {
        if (focusSeq === null)
            return;
        const element = log.current?.querySelector(`[data-seq="${focusSeq}"]`);
        if (!element)
            return;
        element.scrollIntoView({ block: 'center' });
        element.focus({ preventScroll: true });
        const timer = setTimeout(() => setFocusSeq(null), 2500);
        return () => clearTimeout(timer);
    }, [focusSeq, messages]);
    // ?message=N (a reminder or a search hit) opens that message in context once.
    const [params, setParams] = useSearchParams();
    const wanted = Number(params.get('message') ?? '');
    useEffect(() => {
        if (!wanted || !history)
            return;
        setParams((p) => {
            const next = new URLSearchParams(p);
            next.delete('message');
            return next;
        }, { replace: true });
        void jump(wanted);
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [wanted, history !== undefined]);
    async function jump(seq) {
        setActionError(undefined);
        stickToBottom.current = false;
        if (!messages.some((m) => m.seq === seq)) {
            try {
                await messenger.jumpTo(chat.id, seq);
            }
            catch (failure) {
                if (failure instanceof ApiError)
                    setActionError(failure);
                return;
            }
        }
        setFocusSeq(seq);
    }
    async function act(action) {
        setActionError(undefined);
        try {
            await action();
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setActionError(failure);
        }
    }
    function onScroll() {
        const element = log.current;
        if (!element)
            return;
        stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 60;
        heightBefore.current = element.scrollHeight;
        if (element.scrollTop < 40 && history?.hasOlder && !history.loadingOlder)
            void messenger.loadOlder(chat.id);
    }
    async function remove(message) {
        if (!window.confirm(t('chats.deleteConfirm')))
            return;
        setActionError(undefined);
        try {
            await messenger.remove(chat.id, message.seq);
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setActionError(failure);
        }
    }
    function startReply(message) {
        setEditing(null);
        setReplyTo(message);
        composer.current?.focus();
    }
    function startEdit(message) {
        setReplyTo(null);
        setEditing(message);
        composer.current?.focus();
    }
    return (_jsxs("div", { className: "conversation", children: [_jsxs("header", { className: "conversation-head", children: [_jsx(ConversationTitle, { organizationId: organizationId, chat: chat, me: me, isAdministrator: isAdministrator }), pins.length > 0 && (_jsx("nav", { className: "pins", "aria-label": t('chats.pins'), children: _jsx("ul", { children: pins.map((pin) => (_jsxs("li", { className: "pin", children: [_jsx("span", { "aria-hidden": "true", children: "\uD83D\uDCCC" }), _jsx("button", { type: "button", className: "pin-open", "aria-label": t('chats.showPinned', { text: pinPreview(pin) }), onClick: () => void jump(pin.seq), children: _jsxs("span", { className: "pin-text", children: [_jsxs("strong", { children: [pin.senderName, ":"] }), " ", pinPreview(pin)] }) }), canPin && (_jsx("button", { type: "button", className: "link-button pin-remove", "aria-label": t('chats.unpinNamed', { text: pinPreview(pin) }), onClick: () => void act(() => messenger.pin(chat.id, pin.seq, false)), children: "\u2715" }))] }, pin.seq))) }) }))] }), error ? (_jsx(LoadError, { title: error.title })) : !history ? (_jsx(Loading, {})) : (_jsxs("div", { className: "chat-log", ref: log, onScroll: onScroll, tabIndex: 0, role: "log", "aria-label": t('chats.conversation'), children: [history.hasOlder && (_jsx("p", { className: "chat-log-more", children: history.loadingOlder ? (_jsx("span", { role: "status", children: t('chats.loadingOlder') })) : (_jsx("button", { type: "button", className: "button-secondary button-small", onClick: () => void messenger.loadOlder(chat.id), children: t('chats.older') })) })), messages.length === 0 && pending.length === 0 && (_jsx("p", { className: "empty-state", children: t(chat.canWrite ? 'chats.emptyConversation' : 'chats.emptyReadOnly') })), _jsxs("ol", { className: "messages", children: [messages.map((message) => (_jsx(MessageItem, { readersBase: `/api/organizations/${organizationId}/chats/${chat.id}/messages`, chatBase: `/api/organizations/${organizationId}/chats/${chat.id}`, message: message, focused: focusSeq === message.seq, myReaction: history.myReactions[message.seq], myVote: message.poll ? history.myVotes[message.poll.id] : undefined, canModerate: canModerate, pinned: pinnedSeqs.has(message.seq), onPin: canPin ? (pinned) => void act(() => messenger.pin(chat.id, message.seq, pinned)) : undefined, onReact: (emoji) => act(() => messenger.react(chat.id, message.seq, emoji)), onVote: (pollId, options) => act(() => messenger.vote(chat.id, pollId, options)), onClosePoll: (pollId) => act(() => messenger.closePoll(chat.id, pollId)), acknowledged: history.acknowledged.includes(message.seq), onAcknowledge: () => void act(() => messenger.acknowledge(chat.id, message.seq)), chat: chat, mine: message.senderId === me, receipt: history.receipts[message.seq], canDelete: message.senderId === me || canModerate, isStaff: isStaff, onReply: chat.canWrite ? () => startReply(message) : undefined, onEdit: () => startEdit(message), onDelete: () => void remove(message) }, message.seq))), pending.map((send) => (_jsx(PendingItem, { send: send, onRetry: () => messenger.retry(send.clientId), onDiscard: () => messenger.discard(send.clientId) }, send.clientId)))] }), history.hasNewer && (_jsx("p", { className: "chat-log-more", children: _jsx("button", { type: "button", className: "button-secondary button-small", onClick: () => void messenger.loadNewer(chat.id), children: t('chats.newer') }) }))] })), _jsx("p", { className: "typing", "aria-hidden": typing ? undefined : true, children: typing ? t('chats.typing', { name: typing.name }) : ' ' }), actionError && _jsx(FormAlert, { title: actionError.title }), chat.canWrite && quietMembers.length > 0 && (_jsx("ul", { className: "quiet-members", children: quietMembers.map((q) => (_jsx("li", { children: t('chats.quietMember', { name: q.name, time: quietWhen(q.notifiedAt) }) }, q.accountId))) })), _jsx(ScheduledBar, { scheduled: scheduled }), chat.canWrite && pollOpen && (_jsx(PollForm, { onCancel: () => setPollOpen(false), onCreate: async (poll) => {
                    stickToBottom.current = true;
                    await messenger.createPoll(chat.id, poll);
                    setPollOpen(false);
                } })), chat.canWrite ? (_jsx(Composer, { pollOpen: pollOpen, onTogglePoll: editing ? undefined : () => setPollOpen((v) => !v), textarea: composer, replyTo: replyTo, editing: editing, onCancel: () => {
                    setReplyTo(null);
                    setEditing(null);
                }, onTyping: () => messenger.notifyTyping(chat.id), canAskAck: isStaff, scheduled: editing ? undefined : scheduled, onSend: async (text, requiresAcknowledgement) => {
                    if (editing) {
                        await messenger.edit(chat.id, editing.seq, text);
                        setEditing(null);
                    }
                    else {
                        stickToBottom.current = true;
                        messenger.send(chat.id, text, replyTo?.seq ?? null, requiresAcknowledgement);
                        setReplyTo(null);
                    }
                } }, editing ? `edit-${editing.seq}` : 'new')) : (_jsx("p", { className: "muted", children: t('chats.readOnly') }))] }));
}
/** «в 08:00» today, otherwise with the day («24 ноября в 08:00»), in the reader's local time. */
function quietWhen(iso) {
    const date = new Date(iso);
    if (date.toDateString() === new Date().toDateString())
        return t('chats.quietToday', { time: time.format(date) });
    return dayTime.format(date);
}
function pinPreview(message) {
    if (message.deleted)
        return t('chats.deleted');
    const text = message.poll ? `${t('chats.poll')}: ${message.text}` : plainText(message.text);
    return text.length > 90 ? `${text.slice(0, 90)}…` : text;
}
function MessageItem(props) {
    const { readersBase, chatBase, message, chat, mine, receipt, canDelete, isStaff, onReply, onEdit, onDelete } = props;
    const [readers, setReaders] = useState(null);
    const [readersOpen, setReadersOpen] = useState(false);
    const [picking, setPicking] = useState(false);
    const reactions = reactionView(message.reactions, props.myReaction);
    async function toggleReaders() {
        if (!readersOpen && !readers) {
            try {
                setReaders(await api.get(`${readersBase}/${message.seq}/readers`));
            }
            catch {
                return;
            }
        }
        setReadersOpen((v) => !v);
    }
    return (_jsxs("li", { className: `message${mine ? ' message-mine' : ''}${props.focused ? ' message-focused' : ''}`, "data-seq": message.seq, tabIndex: -1, children: [_jsxs("p", { className: "message-meta", children: [_jsx("strong", { children: mine ? t('chats.you') : message.senderName }), message.senderVerifiedTeacher && (_jsxs(_Fragment, { children: [' ', _jsxs("span", { className: "badge badge-verified badge-small", children: ["\u2713 ", t('chats.verifiedTeacher')] })] })), ' ', _jsx("time", { dateTime: message.createdAt, className: "muted", children: when(message.createdAt) })] }), message.replyTo && (_jsxs("blockquote", { className: "reply-preview", children: [_jsx("strong", { children: message.replyTo.senderName }), _jsx("span", { children: message.replyTo.deleted ? t('chats.deleted') : message.replyTo.text })] })), message.requiresAcknowledgement && !message.deleted && _jsx("p", { className: "ack-badge", children: t('chats.ackBadge') }), message.deleted ? (_jsx("p", { className: "message-text message-deleted", children: t('chats.deleted') })) : message.poll ? (_jsx(Poll, { chatBase: chatBase, question: message.text, poll: message.poll, myVote: props.myVote ?? [], mayClose: mine || props.canModerate, onVote: (options) => props.onVote(message.poll.id, options), onClose: () => props.onClosePoll(message.poll.id) })) : (_jsx(MessageText, { text: message.text })), message.requiresAcknowledgement && !message.deleted && !mine && (_jsx("p", { className: "ack-row", children: props.acknowledged ? (_jsxs("span", { className: "ack-done", children: ["\u2713 ", t('chats.ackDone')] })) : (_jsx("button", { type: "button", className: "button-small", onClick: props.onAcknowledge, children: t('chats.ackButton') })) })), message.requiresAcknowledgement && !message.deleted && mine && receipt && receipt.acknowledged !== null && (_jsx(Acknowledgements, { base: `${readersBase}/${message.seq}`, count: receipt.acknowledged, of: receipt.of })), !message.deleted && reactions.length > 0 && (_jsx("ul", { className: "reactions", "aria-label": t('chats.reactions'), children: reactions.map((r) => (_jsx("li", { children: _jsx("button", { type: "button", className: r.mine ? 'reaction reaction-mine' : 'reaction', "aria-pressed": r.mine, "aria-label": t('chats.reactionLabel', { emoji: r.emoji, count: String(r.count) }), onClick: () => void props.onReact(r.mine ? null : r.emoji), children: t('chats.reactionCount', { emoji: r.emoji, count: String(r.count) }) }) }, r.emoji))) })), !message.deleted && picking && (_jsx(ReactionPicker, { mine: props.myReaction, onPick: (emoji) => {
                    setPicking(false);
                    void props.onReact(emoji === props.myReaction ? null : emoji);
                }, onClose: () => setPicking(false) })), !message.deleted && (_jsxs("div", { className: "message-foot", children: [_jsx("button", { type: "button", className: "link-button", "aria-expanded": picking, onClick: () => setPicking((v) => !v), children: t('chats.react') }), props.onPin && (_jsx("button", { type: "button", className: "link-button", onClick: () => props.onPin(!props.pinned), children: props.pinned ? t('chats.unpin') : t('chats.pin') })), message.editedAt && _jsx("span", { className: "muted", children: t('chats.edited', { time: when(message.editedAt) }) }), mine && receipt && _jsx("span", { className: "muted receipt", children: t('chats.receipt', { read: String(receipt.read), of: String(receipt.of) }) }), mine && isStaff && receipt && (_jsx("button", { type: "button", className: "link-button", "aria-expanded": readersOpen, onClick: () => void toggleReaders(), children: t('chats.readers') })), onReply && (_jsx("button", { type: "button", className: "link-button", onClick: onReply, children: t('chats.reply') })), mine && chat.canWrite && (_jsx("button", { type: "button", className: "link-button", onClick: onEdit, children: t('chats.edit') })), canDelete && (_jsx("button", { type: "button", className: "link-button link-danger", onClick: onDelete, children: t('chats.delete') }))] })), readersOpen && readers && (_jsxs("div", { className: "readers", children: [_jsxs("p", { children: [_jsxs("strong", { children: [t('chats.readersTitle'), ":"] }), " ", readers.read.length > 0 ? readers.read.join(', ') : t('chats.readersNone')] }), _jsxs("p", { children: [_jsxs("strong", { children: [t('chats.notReadersTitle'), ":"] }), " ", readers.notRead.length > 0 ? readers.notRead.join(', ') : t('chats.readersNone')] })] }))] }));
}
/** The sender's «ознакомились N из M», opening who has and who has not, with «Напомнить» for the rest. */
function Acknowledgements({ base, count, of }) {
    const [open, setOpen] = useState(false);
    const [list, setList] = useState(null);
    const [reminded, setReminded] = useState(null);
    const [error, setError] = useState();
    async function load() {
        try {
            setList(await api.get(`${base}/acknowledgements`));
            setError(undefined);
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setError(failure);
        }
    }
    // The counter moves live; an open list follows it.
    useEffect(() => {
        if (open)
            void load();
        // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [open, count]);
    async function remind() {
        try {
            const result = await api.post(`${base}/acknowledgements/remind`, {});
            setReminded(Number(result.reminded));
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setError(failure);
        }
    }
    const id = `ack-${base.replace(/[^a-z0-9]/gi, '')}`;
    return (_jsxs("div", { className: "ack-row", children: [_jsx("button", { type: "button", className: "link-button ack-count", "aria-expanded": open, "aria-controls": id, onClick: () => setOpen((v) => !v), children: t('chats.ackCount', { count: String(count), of: String(of) }) }), open && (_jsxs("div", { className: "readers", id: id, role: "region", "aria-label": t('chats.ackTitle'), children: [error && _jsx(FormAlert, { title: error.title }), list && (_jsxs(_Fragment, { children: [_jsxs("p", { children: [_jsxs("strong", { children: [t('chats.ackWho'), ":"] }), ' ', list.acknowledged.length > 0 ? list.acknowledged.map((a) => `${a.name} (${when(a.acknowledgedAt)})`).join(', ') : t('chats.ackNobody')] }), _jsxs("p", { children: [_jsxs("strong", { children: [t('chats.ackPending'), ":"] }), " ", list.pending.length > 0 ? list.pending.map((p) => p.name).join(', ') : t('chats.ackEveryone')] }), list.pending.length > 0 && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary button-small", onClick: () => void remind(), children: t('chats.ackRemind') }) })), reminded !== null && (_jsx("p", { role: "status", children: t('chats.ackReminded', { count: String(reminded) }) }))] }))] }))] }));
}
/** Ten reactions in a row: arrows move between them, Enter picks, Escape closes (focus returns to the message). */
function ReactionPicker({ mine, onPick, onClose }) {
    const group = useRef(null);
    useEffect(() => {
        group.current?.querySelector('button')?.focus();
    }, []);
    function onKeyDown(event) {
        const buttons = [...(group.current?.querySelectorAll('button') ?? [])];
        const index = buttons.indexOf(document.activeElement);
        if (event.key === 'Escape') {
            event.preventDefault();
            onClose();
        }
        else if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
            event.preventDefault();
            const next = (index + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
            buttons[next]?.focus();
        }
    }
    return (_jsx("div", { className: "reaction-picker", role: "group", "aria-label": t('chats.reactionPicker'), ref: group, onKeyDown: onKeyDown, children: REACTIONS.map((emoji) => (_jsx("button", { type: "button", className: emoji === mine ? 'reaction reaction-mine' : 'reaction', "aria-pressed": emoji === mine, onClick: () => onPick(emoji), children: emoji }, emoji))) }));
}
/** A poll message: answers as buttons with live bars; the own choice marked; closing and the voters list. */
function Poll({ chatBase, question, poll, myVote, mayClose, onVote, onClose }) {
    const open = pollIsOpen(poll, new Date());
    const options = pollView(poll, myVote);
    const [voters, setVoters] = useState(null);
    const [votersOpen, setVotersOpen] = useState(false);
    const [busy, setBusy] = useState(false);
    async function press(index) {
        if (busy)
            return;
        setBusy(true);
        try {
            await onVote(nextVote(myVote, index, poll.multipleChoice));
            if (votersOpen)
                setVoters(await api.get(`${chatBase}/polls/${poll.id}/voters`).catch(() => voters));
        }
        finally {
            setBusy(false);
        }
    }
    async function toggleVoters() {
        if (!votersOpen) {
            try {
                setVoters(await api.get(`${chatBase}/polls/${poll.id}/voters`));
            }
            catch {
                return;
            }
        }
        setVotersOpen((v) => !v);
    }
    const kind = `${t(poll.multipleChoice ? 'chats.pollKindMultiple' : 'chats.pollKindSingle')}${poll.anonymous ? ` · ${t('chats.pollKindAnonymous')}` : ''}`;
    return (_jsxs("div", { className: "poll", role: "group", "aria-label": `${t('chats.poll')}: ${question}`, children: [_jsx("p", { className: "poll-question prewrap", children: _jsx("strong", { children: question }) }), _jsx("p", { className: "muted poll-kind", children: kind }), _jsx("ul", { className: "poll-options", children: options.map((o) => {
                    const label = (_jsxs(_Fragment, { children: [_jsxs("span", { className: "poll-option-text", children: [o.chosen && _jsx("span", { "aria-hidden": "true", children: "\u2713 " }), o.text, o.chosen && _jsxs("span", { className: "sr-only", children: [" \u2014 ", t('chats.pollChosen')] })] }), _jsx("span", { className: "poll-option-count", children: t('chats.pollVotes', { votes: String(o.votes), share: String(o.share) }) }), _jsx("span", { className: "poll-bar", "aria-hidden": "true", children: _jsx("span", { style: { width: `${o.share}%` } }) })] }));
                    return (_jsx("li", { className: o.chosen ? 'poll-option poll-option-chosen' : 'poll-option', children: open ? (_jsx("button", { type: "button", className: "poll-option-button", "aria-pressed": o.chosen, disabled: busy, onClick: () => void press(o.index), children: label })) : (_jsx("div", { className: "poll-option-button", children: label })) }, o.index));
                }) }), _jsxs("p", { className: "poll-foot", children: [_jsx("span", { className: "muted", "aria-live": "polite", children: t('chats.pollVoters', { count: String(Number(poll.voters)) }) }), !open && _jsx("strong", { children: t('chats.pollClosed') }), open && poll.closesAt && _jsx("span", { className: "muted", children: t('chats.pollClosesAtInfo', { time: when(poll.closesAt) }) }), open && myVote.length > 0 && (_jsx("button", { type: "button", className: "link-button", disabled: busy, onClick: () => void onVote([]), children: t('chats.pollWithdraw') })), !poll.anonymous && open && (_jsx("button", { type: "button", className: "link-button", "aria-expanded": votersOpen, onClick: () => void toggleVoters(), children: t('chats.pollWho') })), open && mayClose && (_jsx("button", { type: "button", className: "link-button", onClick: () => {
                            if (window.confirm(t('chats.pollFinishConfirm')))
                                void onClose();
                        }, children: t('chats.pollFinish') }))] }), votersOpen && voters && (_jsx("div", { className: "readers", children: options.map((o) => {
                    const names = voters.find((v) => Number(v.index) === o.index)?.names ?? [];
                    return (_jsxs("p", { children: [_jsxs("strong", { children: [o.text, ":"] }), " ", names.length > 0 ? names.join(', ') : t('chats.pollNobody')] }, o.index));
                }) }))] }));
}
/** The composer's «Опрос» form: a question, 2–10 answers, single or multiple choice, anonymous, an optional end. */
function PollForm({ onCreate, onCancel }) {
    const [question, setQuestion] = useState('');
    const [options, setOptions] = useState(['', '']);
    const [multipleChoice, setMultipleChoice] = useState(false);
    const [anonymous, setAnonymous] = useState(false);
    const [closesAt, setClosesAt] = useState('');
    const [problem, setProblem] = useState();
    const [busy, setBusy] = useState(false);
    const first = useRef(null);
    useEffect(() => first.current?.focus(), []);
    async function submit(event) {
        event.preventDefault();
        const answers = options.map((o) => o.trim()).filter((o) => o.length > 0);
        if (!question.trim())
            return setProblem(t('chats.pollNeedQuestion'));
        if (answers.length < 2 || answers.length > 10)
            return setProblem(t('chats.pollNeedOptions'));
        setBusy(true);
        setProblem(undefined);
        try {
            // datetime-local is the person's local time; the server takes UTC.
            await onCreate({ question: question.trim(), options: answers, multipleChoice, anonymous, closesAt: closesAt ? new Date(closesAt).toISOString() : null });
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setProblem(failure.field('options') ?? failure.field('question') ?? failure.field('closesAt') ?? failure.title);
        }
        finally {
            setBusy(false);
        }
    }
    return (_jsxs("form", { className: "poll-form", "aria-labelledby": "poll-form-title", onSubmit: (e) => void submit(e), onKeyDown: (e) => e.key === 'Escape' && onCancel(), children: [_jsx("h3", { id: "poll-form-title", children: t('chats.pollNew') }), problem && _jsx(FormAlert, { title: problem }), _jsx("label", { htmlFor: "poll-question", children: t('chats.pollQuestion') }), _jsx("input", { id: "poll-question", ref: first, value: question, maxLength: 500, onChange: (e) => setQuestion(e.target.value) }), options.map((option, i) => (_jsxs("div", { className: "poll-form-option", children: [_jsx("label", { htmlFor: `poll-option-${i}`, children: t('chats.pollOption', { n: String(i + 1) }) }), _jsxs("div", { className: "composer-row", children: [_jsx("input", { id: `poll-option-${i}`, value: option, maxLength: 200, onChange: (e) => setOptions(options.map((o, j) => (j === i ? e.target.value : o))) }), options.length > 2 && (_jsx("button", { type: "button", className: "button-secondary button-small", "aria-label": t('chats.pollRemoveOption', { n: String(i + 1) }), onClick: () => setOptions(options.filter((_, j) => j !== i)), children: "\u2715" }))] })] }, i))), options.length < 10 && (_jsx("p", { children: _jsx("button", { type: "button", className: "button-secondary button-small", onClick: () => setOptions([...options, '']), children: t('chats.pollAddOption') }) })), _jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: multipleChoice, onChange: (e) => setMultipleChoice(e.target.checked) }), " ", t('chats.pollMultiple')] }), _jsxs("label", { className: "choice", children: [_jsx("input", { type: "checkbox", checked: anonymous, onChange: (e) => setAnonymous(e.target.checked) }), " ", t('chats.pollAnonymous')] }), _jsx("label", { htmlFor: "poll-closes", children: t('chats.pollClosesAt') }), _jsx("input", { id: "poll-closes", type: "datetime-local", value: closesAt, onChange: (e) => setClosesAt(e.target.value) }), _jsxs("div", { className: "composer-row", children: [_jsx("button", { type: "submit", disabled: busy, children: t('chats.pollCreate') }), _jsx("button", { type: "button", className: "button-secondary", onClick: onCancel, children: t('chats.cancel') })] })] }));
}
function PendingItem({ send, onRetry, onDiscard }) {
    return (_jsxs("li", { className: "message message-mine message-pending", children: [_jsx("p", { className: "message-meta", children: _jsx("strong", { children: t('chats.you') }) }), _jsx(MessageText, { text: send.text }), _jsx("div", { className: "message-foot", children: send.error ? (_jsxs(_Fragment, { children: [_jsx("span", { className: "field-error", role: "alert", children: t('chats.failed', { reason: send.error }) }), _jsx("button", { type: "button", className: "link-button", onClick: onRetry, children: t('chats.retry') }), _jsx("button", { type: "button", className: "link-button link-danger", onClick: onDiscard, children: t('chats.discard') })] })) : (_jsx("span", { className: "muted", children: t('chats.pending') })) })] }));
}
function Composer({ canAskAck, pollOpen, onTogglePoll, textarea, replyTo, editing, onCancel, onTyping, onSend, scheduled }) {
    const [text, setText] = useState(editing?.text ?? '');
    const [error, setError] = useState();
    const [busy, setBusy] = useState(false);
    const [askAck, setAskAck] = useState(false);
    async function submit(event) {
        event?.preventDefault();
        const value = text.trim();
        if (!value || busy)
            return;
        setBusy(true);
        setError(undefined);
        try {
            await onSend(value, askAck && !editing);
            setText('');
            setAskAck(false);
        }
        catch (failure) {
            if (failure instanceof ApiError)
                setError(failure);
        }
        finally {
            setBusy(false);
            textarea.current?.focus();
        }
    }
    function onKeyDown(event) {
        if (handleFormattingKey(event, setText))
            return;
        if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
            event.preventDefault();
            void submit();
        }
        else if (event.key === 'Escape' && (replyTo || editing)) {
            onCancel();
        }
    }
    return (_jsxs("form", { className: "composer", onSubmit: (e) => void submit(e), children: [(replyTo || editing) && (_jsxs("div", { className: "composer-context", children: [_jsxs("span", { children: [editing ? t('chats.editing') : t('chats.replyTo', { name: replyTo.senderName }), replyTo && _jsxs("span", { className: "muted", children: [" \u2014 ", replyTo.deleted ? t('chats.deleted') : replyTo.text.slice(0, 80)] })] }), _jsx("button", { type: "button", className: "link-button", onClick: onCancel, children: t('chats.cancel') })] })), error && _jsx(FormAlert, { title: error.field('text') ?? error.title }), _jsx("label", { htmlFor: "composer-text", className: "sr-only", children: t('chats.composer') }), _jsx(FormattingToolbar, { textarea: textarea, onChange: setText }), _jsxs("div", { className: "composer-row", children: [_jsx("textarea", { id: "composer-text", ref: textarea, rows: 2, value: text, "aria-describedby": "composer-hint", onChange: (e) => {
                            setText(e.target.value);
                            if (!editing)
                                onTyping();
                        }, onKeyDown: onKeyDown }), _jsx("button", { type: "submit", disabled: busy, children: editing ? t('chats.save') : t('chats.send') }), scheduled && (_jsx(SchedulePicker, { scheduled: scheduled, text: text, requiresAcknowledgement: askAck, onTextError: setError, onScheduled: () => {
                            setText('');
                            setAskAck(false);
                        } })), onTogglePoll && (_jsx("button", { type: "button", className: "button-secondary", "aria-expanded": pollOpen, onClick: onTogglePoll, children: t('chats.poll') }))] }), canAskAck && !editing && (_jsxs("label", { className: "choice composer-ack", children: [_jsx("input", { type: "checkbox", checked: askAck, onChange: (e) => setAskAck(e.target.checked) }), " ", t('chats.ackAsk')] })), _jsx("p", { className: "hint", id: "composer-hint", children: t('chats.composerHint') })] }));
}
