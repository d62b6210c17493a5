/**
 * Rendering derived routes ("审核：分管副市长 → 审批：市长").
 * @module
 */
import { catalogueFor } from '@city-forms/rules/core';

export function RouteText({ steps, locale }: { steps: { action: string; party: string }[]; locale: string }) {
  const { actions, colon } = catalogueFor(locale);
  return (
    <ol className="cf-route">
      {steps.map((s, i) => (
        <li key={i}>
          {actions[s.action] ?? s.action}
          {colon}
          {s.party}
        </li>
      ))}
    </ol>
  );
}
