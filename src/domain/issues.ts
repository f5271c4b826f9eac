/** Turns valibot issues into one readable message that names the faulty place, e.g. `incentives[2].conditions[1].fact: unknown fact "statuss"`. */

interface PathItem {
  readonly key: unknown;
}
interface IssueLike {
  readonly message: string;
  readonly path?: readonly PathItem[] | undefined;
  readonly issues?: readonly IssueLike[] | undefined;
}

export function formatPath(path: readonly PathItem[] | undefined, root = ''): string {
  let out = root;
  for (const item of path ?? []) {
    if (typeof item.key === 'number') out += `[${item.key}]`;
    else out += out === '' ? String(item.key) : `.${String(item.key)}`;
  }
  return out === '' ? '(root)' : out;
}

function deepest(issue: IssueLike): IssueLike {
  // A union/lazy issue can carry sub-issues; the first one is usually the most precise.
  const sub = issue.issues?.[0];
  return sub && (sub.path?.length ?? 0) >= (issue.path?.length ?? 0) ? deepest(sub) : issue;
}

export function formatIssues(issues: readonly IssueLike[], root = ''): string {
  const messages = issues.map((i) => {
    const d = deepest(i);
    return `${formatPath(d.path, root)}: ${d.message}`;
  });
  const unique = [...new Set(messages)];
  const first = unique.slice(0, 3).join('; ');
  return unique.length > 3 ? `${first} (and ${unique.length - 3} more)` : first;
}
