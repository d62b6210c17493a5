/**
 * The error boundary around each form: whatever a draft or a rule throws while the
 * form renders, the page stays up and shows a message with a button that discards
 * the form's draft and mounts the form afresh.
 * @module
 */
import { Component, useState, type ComponentType, type ReactElement, type ReactNode } from 'react';
import type { UiStrings } from '../i18n.js';
import { useCityFormsConfig, type CityFormsConfig } from '../provider.js';
import { clearDraft } from './drafts.js';
import type { FormId } from '@city-forms/rules/core';
import type { CityFormProps } from './useCityForm.js';

interface BoundaryProps {
  ui: UiStrings;
  unstyled?: boolean | undefined;
  onReset: () => void;
  children: ReactNode;
}

class Boundary extends Component<BoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // Keep the cause visible to the developer; the user sees the message below.
    console.error('city-forms: the form failed to render', error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    const { ui, unstyled, onReset } = this.props;
    return (
      <div className={unstyled ? 'cf-root' : 'cf-root cf-theme'}>
        <div className="cf-notice cf-notice--warning" role="alert">
          <span>{ui.formCrashed}</span>{' '}
          <button type="button" className="cf-button cf-button--link" onClick={onReset}>
            {ui.formCrashedReset}
          </button>
        </div>
      </div>
    );
  }
}

/**
 * Wrap a form in the boundary; the boundary's reset removes the draft and remounts
 * the form (a new key), so a bad draft cannot keep the form down after a reload.
 * The configuration (city, locale) is resolved outside the boundary: a missing or
 * unknown city still reaches the host's own error handling, as before.
 */
type BoundaryNeeds = Partial<CityFormsConfig> & Pick<CityFormProps<FormId>, 'draftKey' | 'draftUser' | 'draftStorage' | 'unstyled'>;

export function withBoundary<P extends BoundaryNeeds>(Form: ComponentType<P>, displayName: string): (props: P) => ReactElement {
  function Bounded(props: P) {
    const { ui } = useCityFormsConfig(props);
    const [generation, setGeneration] = useState(0);
    const reset = () => {
      if (props.draftKey) clearDraft(props.draftKey, { user: props.draftUser, storage: props.draftStorage });
      setGeneration((g) => g + 1);
    };
    return (
      <Boundary key={generation} ui={ui} unstyled={props.unstyled} onReset={reset}>
        <Form {...props} />
      </Boundary>
    );
  }
  Bounded.displayName = displayName;
  return Bounded;
}
