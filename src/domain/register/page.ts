/** One page of a longer list, with what the grid needs to page on. */
export interface Page<T> {
  items: T[];
  /** How many items the whole (filtered) list has. */
  total: number;
  /** 1-based; clamped to the last page when the list is shorter than asked. */
  page: number;
  pageSize: number;
  pages: number;
}

/** Cuts page `page` (1-based) of `pageSize` from the list; a page past the end gives the last page. */
export function pageOf<T>(list: T[], page: number, pageSize: number): Page<T> {
  const size = Math.max(1, Math.floor(pageSize));
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, Math.floor(page)), pages);
  return { items: list.slice((current - 1) * size, current * size), total: list.length, page: current, pageSize: size, pages };
}
