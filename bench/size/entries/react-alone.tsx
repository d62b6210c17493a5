// Reference only: react + react-dom with nothing else (built with React bundled, unlike the form entries).
import { createRoot } from 'react-dom/client';
import { mountPoint } from '../spec.js';

createRoot(mountPoint()).render(<p>hello</p>);
