'use client';

export function Differs() {
  return <p id="differs">{typeof window === 'undefined' ? 'server' : 'browser'}</p>;
}
