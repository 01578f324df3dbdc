import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createI18n } from './app/i18n';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(<App i18n={createI18n()} />);
