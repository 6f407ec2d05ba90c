import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { Fragment, useMemo } from 'react';
import { parseMarkup } from './markup';
import './chat-ui.css';
/** A message body with its formatting as React elements: nothing a sender types becomes HTML. */
export function MessageText({ text }) {
    const blocks = useMemo(() => parseMarkup(text), [text]);
    return (_jsx("div", { className: "message-text message-markup", children: blocks.map((block, b) => {
            if (block.kind === 'bullets')
                return _jsx("ul", { children: block.items.map((item, i) => _jsx("li", { children: renderInline(item) }, i)) }, b);
            if (block.kind === 'numbered')
                return (_jsx("ol", { start: block.start, children: block.items.map((item, i) => _jsx("li", { children: renderInline(item) }, i)) }, b));
            return (_jsx("p", { className: "prewrap", children: block.lines.map((line, i) => (_jsxs(Fragment, { children: [i > 0 && _jsx("br", {}), renderInline(line)] }, i))) }, b));
        }) }));
}
function renderInline(tokens) {
    return tokens.map((token, i) => {
        switch (token.kind) {
            case 'text':
                return _jsx(Fragment, { children: token.text }, i);
            case 'bold':
                return _jsx("strong", { children: renderInline(token.children) }, i);
            case 'italic':
                return _jsx("em", { children: renderInline(token.children) }, i);
            case 'link':
                return (_jsx("a", { href: token.href, target: "_blank", rel: "noopener noreferrer nofollow", children: renderInline(token.children) }, i));
        }
    });
}
