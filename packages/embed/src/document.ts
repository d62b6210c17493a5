/**
 * `<city-document-sheet>`: the document submission sheet (公文呈批单) as a custom
 * element. Importing this module defines it (once per page).
 *
 * @example
 * ```html
 * <script type="module" src="/embed/document.js"></script>
 * <city-document-sheet city="xianning"></city-document-sheet>
 * ```
 * @module
 */
import './csp.js';
import { DocumentSheet } from '@city-forms/react/document';
import { documentLayout } from '@city-forms/rules/layout/document';
import { CityFormElement, defineOnce, type FormComponentProps } from './element.js';

/** The element class of `<city-document-sheet>`. */
export class CityDocumentSheetElement extends CityFormElement<'document'> {
  readonly form = 'document' as const;
  protected readonly layout = documentLayout;
  protected readonly component = DocumentSheet as (p: FormComponentProps<'document'>) => ReturnType<typeof DocumentSheet>;
}

defineOnce('city-document-sheet', CityDocumentSheetElement);

declare global {
  interface HTMLElementTagNameMap {
    'city-document-sheet': CityDocumentSheetElement;
  }
}
