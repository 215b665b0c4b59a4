/** What search calls each kind of page: its results are labelled and filtered by these. */
export const searchKindList = ['office', 'event', 'publication', 'mediator', 'page'] as const
export type SearchKind = (typeof searchKindList)[number]

/** The kind of a document page by its section. */
export const searchKinds: Record<'events' | 'openDoorDays' | 'offices' | 'mediators' | 'publications', SearchKind> = {
  events: 'event',
  openDoorDays: 'event',
  offices: 'office',
  mediators: 'mediator',
  publications: 'publication',
}
