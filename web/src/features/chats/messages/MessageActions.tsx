import { useEffect, useId, useRef, type KeyboardEvent, type TouchEvent } from 'react';
import { t } from '../../../i18n';
import { nextMenuIndex } from './menu';

export interface MessageAction {
  label: string;
  onSelect: () => void;
  danger?: boolean;
  /** The action opens a dialog (forwarding, a report), as a screen reader announces it. */
  opensDialog?: boolean;
}

interface Props {
  actions: MessageAction[];
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * A message's actions behind one «⋯» button, as messengers show them: the button appears on hover and on
 * focus (always on touch screens); a long press or a right click on the message opens the same menu
 * (see useLongPress). Arrow keys, Home and End move between items, Escape or Tab closes it and focus returns
 * to the button; an item puts focus back on the button before it acts, so focus is never lost.
 */
export function MessageActions({ actions, open, onOpenChange }: Props) {
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const id = useId();

  useEffect(() => {
    if (!open) return;
    const list = menu.current;
    list?.scrollIntoView?.({ block: 'nearest' });
    list?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus();
    // A press anywhere else closes the menu.
    function onPointerDown(event: PointerEvent) {
      const target = event.target as Node;
      if (!list?.contains(target) && !button.current?.contains(target)) onOpenChange(false);
    }
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open, onOpenChange]);

  if (actions.length === 0) return null;

  function close() {
    onOpenChange(false);
    button.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLUListElement>) {
    const items = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const index = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      onOpenChange(false);
    } else {
      const next = nextMenuIndex(event.key, index, items.length);
      if (next !== null) {
        event.preventDefault();
        items[next]?.focus();
      }
    }
  }

  return (
    <div className="message-actions">
      <button
        ref={button}
        type="button"
        className="message-menu-button"
        aria-label={t('chats.actions')}
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => onOpenChange(!open)}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <ul className="message-menu" role="menu" id={id} aria-label={t('chats.actions')} ref={menu} onKeyDown={onKeyDown}>
          {actions.map((action) => (
            <li role="none" key={action.label}>
              <button
                type="button"
                role="menuitem"
                className={action.danger ? 'message-menu-item message-menu-danger' : 'message-menu-item'}
                aria-haspopup={action.opensDialog ? 'dialog' : undefined}
                onClick={() => {
                  close();
                  action.onSelect();
                }}
              >
                {action.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Long press (about half a second, without moving) and the context menu (a right click, or a long press
 * in browsers that report it so) open a message's actions; a scroll or a short tap does not.
 */
export function useLongPress(onPress: () => void) {
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const cancel = () => clearTimeout(timer.current);
  useEffect(() => cancel, []);
  return {
    onTouchStart: (event: TouchEvent) => {
      if (event.touches.length !== 1 || isInteractive(event.target)) return;
      cancel();
      timer.current = setTimeout(onPress, 500);
    },
    onTouchMove: cancel,
    onTouchEnd: cancel,
    onTouchCancel: cancel,
    onContextMenu: (event: React.MouseEvent) => {
      if (isInteractive(event.target)) return;
      event.preventDefault();
      cancel();
      onPress();
    },
  };
}

/** Links, buttons and fields keep their own press and context menu (copying a link, for one). */
function isInteractive(target: EventTarget): boolean {
  return target instanceof Element && target.closest('a, button, input, textarea, select, [role="menu"]') !== null;
}
