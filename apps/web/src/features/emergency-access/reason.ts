/**
 * The server's rule for an emergency access reason (emergency-access.policy.ts, decision 0013),
 * checked before sending so the user learns it at once: at least 3 words of 2 letters or more,
 * 2 different words of 4 letters or more, and 6 different letters. The server decides.
 */
export function reasonIsSentence(reason: string): boolean {
  const lower = reason.toLocaleLowerCase('sv');
  const words = lower.match(/\p{L}{2,}/gu) ?? [];
  const letters = new Set(lower.match(/\p{L}/gu) ?? []);
  const long = new Set(words.filter((w) => w.length >= 4));
  return words.length >= 3 && long.size >= 2 && letters.size >= 6;
}
