import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ApiProvider } from './api/ApiProvider';
import { createAppApi } from './api/transport';
import { App } from './app/App';
import './app/app.css';
import { installUnsavedGuard } from './common/unsaved-guard';
import { initI18n } from './i18n';

async function boot(): Promise<void> {
  const api = createAppApi();
  installUnsavedGuard(window);
  await initI18n();
  const root = document.getElementById('root');
  if (!root) throw new Error('#root missing');
  createRoot(root).render(
    <StrictMode>
      <ApiProvider api={api}>
        <App />
      </ApiProvider>
    </StrictMode>,
  );
}

void boot();
