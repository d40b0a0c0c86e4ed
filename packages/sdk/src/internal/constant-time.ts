// Byte comparison whose running time does not depend on where two inputs first differ.

/** Compares every byte whatever the first difference, so timing does not leak how much matched. */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  // Lengths are public (an HMAC-SHA256 is always 32 bytes): returning early on them leaks nothing.
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return diff === 0;
}
