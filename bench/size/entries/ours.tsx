// @city-forms/react's LeaveForm as a portal for 抚顺 would embed it: one form, one
// city's profile (react/react-dom external).
import { LeaveForm } from '@city-forms/react/leave';
import { fushun } from '@city-forms/rules/cities/fushun';
import '@city-forms/react/styles.css';
import { createRoot } from 'react-dom/client';
import { mountPoint } from '../spec.js';

createRoot(mountPoint()).render(<LeaveForm city={fushun} locale="zh-CN" onSubmit={(data) => console.log(data)} />);
