/** Per-resource upload limit: Zeebe's default maximum message size. */
export const MAX_RESOURCE_BYTES = 4 * 1024 * 1024;
