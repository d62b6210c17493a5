// A React portal page as the kit's README shows it: the per-form entry with the
// profile of the one city it serves, and the kit's stylesheet.
import { LeaveForm } from '@city-forms/react/leave';
import '@city-forms/react/styles.css';
import { fushun } from '@city-forms/rules/cities/fushun';
import { useState, version } from 'react';

export function App() {
  const [submitted, setSubmitted] = useState<Record<string, unknown> | null>(null);
  return (
    <main>
      <h1>请假申请</h1>
      <p>
        React <span id="react-version">{version}</span>
      </p>
      <LeaveForm
        city={fushun}
        draftKey="vite-leave"
        onSubmit={async (data) => {
          // What a portal would POST to its server.
          setSubmitted(data as Record<string, unknown>);
        }}
      />
      {submitted ? <pre id="submitted">{JSON.stringify(submitted)}</pre> : null}
    </main>
  );
}
