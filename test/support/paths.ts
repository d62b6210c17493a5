/**
 * Where things are in the repository.
 * @module
 */
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The demo portal's package. */
export const PORTAL_DIR = fileURLToPath(new URL('../../examples/portal/', import.meta.url));
/** The portal build the server serves. */
export const PORTAL_DIST = fileURLToPath(new URL('../../examples/portal/dist/', import.meta.url));
/** The example server's city profiles folder (what `pnpm start` passes as CITY_FORMS_PROFILES_DIR). */
export const PROFILES_DIR = fileURLToPath(new URL('../../examples/server/profiles/', import.meta.url));
