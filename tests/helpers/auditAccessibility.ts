import axe from 'axe-core'
import type { Page } from 'playwright-core'

/** One rule axe-core found broken, and where. */
export interface AccessibilityViolation {
  readonly id: string
  readonly impact: string | null
  readonly help: string
  /** CSS selectors of the offending elements. */
  readonly targets: readonly string[]
}

/** What the page exposes once axe-core is injected (the page has no DOM types here). */
interface AxeInPage {
  run(): Promise<{
    violations: {
      id: string
      impact?: string | null
      help: string
      nodes: { target: unknown[] }[]
    }[]
  }>
}

/** Runs axe-core's default rules (WCAG 2.x A and AA, best practices) on the page as it is now. */
export async function auditAccessibility(page: Page): Promise<AccessibilityViolation[]> {
  // Evaluated through the DevTools protocol rather than added as a <script>: the app's Content
  // Security Policy rightly refuses inline scripts.
  await page.evaluate(axe.source)
  const violations = await page.evaluate(async () => {
    const injected = (globalThis as unknown as { axe: AxeInPage }).axe
    const results = await injected.run()
    return results.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }))
  })
  return violations
}

/** The violations a person relying on assistive technology cannot get past. */
export function blockingViolations(
  violations: readonly AccessibilityViolation[],
): AccessibilityViolation[] {
  return violations.filter((violation) => ['serious', 'critical'].includes(violation.impact ?? ''))
}

/** A readable list of violations for an assertion message: id, impact, help and elements. */
export function describeViolations(violations: readonly AccessibilityViolation[]): string {
  return violations
    .map((v) => `- ${v.id} (${v.impact ?? '?'}): ${v.help}\n    ${v.targets.join('\n    ')}`)
    .join('\n')
}
