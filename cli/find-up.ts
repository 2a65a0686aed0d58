import * as path from "path";

/**
 * The nearest folder from `start` upwards for which `test` holds: `start` itself, then each parent up to `last`
 * (included) or the file system root. Undefined when there is none.
 */
export function findUp(start: string, test: (dir: string) => boolean, last?: string): string | undefined {
  for (let dir = path.resolve(start); ; dir = path.dirname(dir)) {
    if (test(dir)) return dir;
    if (dir === last || path.dirname(dir) === dir) return undefined;
  }
}
