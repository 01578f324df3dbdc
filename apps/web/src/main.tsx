import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { startI18n } from './app/i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
// The first screen waits for the person's language, so it never flashes English before Arabic.
void startI18n().then((i18n) => createRoot(root).render(<App i18n={i18n} />));
