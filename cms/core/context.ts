/**
 * The request-context flag that tells hooks to skip side effects (site rebuilds, e-mails): the
 * seed and tests set it, so loading content never schedules work meant for editors' changes.
 */
export const SKIP_SIDE_EFFECTS = 'kelisimSkipSideEffects'

export const withoutSideEffects = { [SKIP_SIDE_EFFECTS]: true } as const

export function skipsSideEffects(context: Record<string, unknown> | undefined): boolean {
  return Boolean(context?.[SKIP_SIDE_EFFECTS])
}
