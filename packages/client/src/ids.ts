/** A fresh id for a command, so that a retry of the same command is applied once. */
export function newCommandId(): string {
  return globalThis.crypto.randomUUID().replaceAll('-', '');
}
