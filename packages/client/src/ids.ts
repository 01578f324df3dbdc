/**
 * A fresh id for a command, so that a retry of the same command is applied once. Built from
 * getRandomValues, which (unlike randomUUID) also exists on plain-http pages such as a venue's LAN.
 */
export function newCommandId(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
