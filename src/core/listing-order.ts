/**
 * The order of what an admin lists (packages, credit packages): the expert page's order, whatever
 * order the server answered in.
 */

/** What {@link byListingOrder} sorts: anything listed in an order set by an admin. */
export interface ListedItem {
  id: string;
  listingOrder: number;
}

/** Ascending listingOrder, ties by id: the order of the expert page, whatever order the server used. */
export function byListingOrder(a: ListedItem, b: ListedItem): number {
  if (a.listingOrder !== b.listingOrder) return a.listingOrder - b.listingOrder;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
