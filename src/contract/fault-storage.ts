/**
 * The sessionStorage key under which a tab remembers its fault-injection setting, as the
 * JSON of a FaultSettings (mocks/faults.ts writes it). Its own module, with no imports, so
 * the app can read the setting before the backend answers without loading zod or msw.
 */
export const FAULT_STORAGE_KEY = 'screening-room:faults';
