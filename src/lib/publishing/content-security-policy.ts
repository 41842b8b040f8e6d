/**
 * Reading and merging Content-Security-Policy strings: the policy of a built page's <meta>, and the
 * union of many pages' policies (same directives, sources merged in first-seen order) for one
 * site-wide header.
 */
import { decodeHTMLAttribute } from 'entities';

const META = /<meta\s+http-equiv="content-security-policy"\s+content="([^"]*)"/i;

export function readMetaPolicy(html: string): string | null {
  const match = META.exec(html);
  return match ? decodeHTMLAttribute(match[1]!) : null;
}

export function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (!name) continue;
    directives.set(name.toLowerCase(), [...(directives.get(name.toLowerCase()) ?? []), ...sources]);
  }
  return directives;
}

export function mergePolicies(policies: readonly string[]): string {
  const merged = new Map<string, string[]>();
  for (const policy of policies) {
    for (const [name, sources] of parsePolicy(policy)) {
      const known = merged.get(name) ?? [];
      for (const source of sources) if (!known.includes(source)) known.push(source);
      merged.set(name, known);
    }
  }
  return [...merged].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}
