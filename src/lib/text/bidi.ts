/**
 * Bidi isolation for plain-text strings (attributes, interpolated UI strings) where markup such as
 * <bdi> is not available: Latin document numbers inside an Arabic sentence are wrapped in
 * LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE so `177-KL/TW` is not reordered.
 * Only our own generated values go through this; input text has its bidi controls removed.
 */
export function isolateLtr(text: string): string {
  return `\u2066${text}\u2069`;
}
