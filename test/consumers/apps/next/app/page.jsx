// A Server Component: rendered on the server for every request. It uses the
// kit's provider directly (only possible because the kit's entry is marked
// 'use client') and the page's own client component for the submit handler.
import { CityFormsProvider } from '@city-forms/react';
import { LeaveRequest } from './leave-request';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <h1>请假申请</h1>
      <CityFormsProvider city="fushun">
        <LeaveRequest />
      </CityFormsProvider>
    </main>
  );
}
