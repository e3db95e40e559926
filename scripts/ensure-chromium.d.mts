export function findChromium(): string | null;
export function needsHardenedFlags(): boolean;
export const HARDENED_CHROMIUM_ARGS: readonly string[];
