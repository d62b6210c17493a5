'use client';
// The host's client component: the form with a draft key (localStorage) and an
// onSubmit that hands the data to the page.
import { LeaveForm } from '@city-forms/react';
import { useState } from 'react';

export function LeaveRequest() {
  const [submitted, setSubmitted] = useState(null);
  return (
    <>
      <LeaveForm draftKey="next-leave" onSubmit={async (data) => setSubmitted(data)} />
      {submitted ? <pre id="submitted">{JSON.stringify(submitted)}</pre> : null}
    </>
  );
}
