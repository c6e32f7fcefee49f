/**
 * A user task completed through the UI API sets only what its form asks for. Without this, whoever may complete
 * one task could also rewrite facts recorded at an earlier task (e.g. the `facts` of the registration, which the
 * decision guards re-run the rules on) by adding them to the completion's variables; the form is the contract of
 * what this step of the procedure records. A task without a form keeps Tasklist's behaviour (any variables).
 *
 * The paths follow form-js: a field's `key` may be dotted (`facts.ageDisputed`), a group's `path` prefixes the
 * keys inside it, a dynamic list's `path` holds a list whose items the form builds as a whole.
 */

/** The value paths (dotted) a form-js schema submits. */
export function formValuePaths(schema: unknown): Set<string> {
  const paths = new Set<string>();
  const walk = (components: unknown, prefix: string[]): void => {
    if (!Array.isArray(components)) return;
    for (const c of components as Array<Record<string, unknown>>) {
      if (!c || typeof c !== 'object') continue;
      const own = typeof c.path === 'string' && c.path ? [...prefix, ...c.path.split('.')] : prefix;
      if (c.type === 'dynamiclist' && own !== prefix) {
        paths.add(own.join('.'));
        continue;
      }
      if (typeof c.key === 'string' && c.key) paths.add([...own, ...c.key.split('.')].join('.'));
      walk(c.components, own);
    }
  };
  walk((schema as { components?: unknown } | null)?.components, []);
  return paths;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The submitted variable paths the form does not have. An object may be sent for a group (`facts`), but then
 * each of its members must be a field of the group: a whole `facts` object cannot smuggle in members the form
 * does not show.
 */
export function variablesOutsideForm(variables: Record<string, unknown>, allowed: Set<string>): string[] {
  const outside: string[] = [];
  const check = (path: string, value: unknown): void => {
    if (allowed.has(path)) return;
    const below = `${path}.`;
    const hasMembers = [...allowed].some((p) => p.startsWith(below));
    if (hasMembers && isPlainObject(value)) {
      for (const [k, v] of Object.entries(value)) check(`${path}.${k}`, v);
      return;
    }
    outside.push(path);
  };
  for (const [name, value] of Object.entries(variables)) check(name, value);
  return outside;
}
