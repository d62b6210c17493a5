import '@city-forms/react/styles.css';
import './portal.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App, readRoute } from './App.js';
import { preload } from './lazy.js';

preload(readRoute());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
