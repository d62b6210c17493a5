// @city-forms/react's LeaveForm as a portal would embed it (react/react-dom external).
import { LeaveForm } from '@city-forms/react/leave';
import '@city-forms/react/styles.css';
import { createRoot } from 'react-dom/client';
import { mountPoint } from '../spec.js';

createRoot(mountPoint()).render(<LeaveForm city="fushun" locale="zh-CN" onSubmit={(data) => console.log(data)} />);
