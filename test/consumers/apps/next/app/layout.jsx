import '@city-forms/react/styles.css';

export const metadata = { title: '请假申请 — Next.js', icons: { icon: 'data:,' } };

export default function RootLayout({ children }) {
  return (
    <html lang="zh-CN">
      <body>{children}</body>
    </html>
  );
}
