import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
// The chat's styles came before the house styles while the chat was part of the one bundle; the chat now loads
// later (App.tsx), so they are put first here, where rules of equal weight keep the order they always had.
import './features/chats/chat-ui.css';
import './styles.css';
import './shell.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
