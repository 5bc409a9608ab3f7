import type { Locator, Page } from 'playwright-core'

// Plain JavaScript evaluated in the page: what a person would read of the focused element.
const DESCRIBE_FOCUSED_SCRIPT = `(() => {
  const element = document.activeElement
  if (element === null || element === document.body) return 'body'
  const name =
    element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? ''
  const role = element.getAttribute('role')
  return element.tagName.toLowerCase() + (role === null ? '' : '[role=' + role + ']') + ' "' + name + '"'
})()`

/** Whether `locator` is the page's focused element. */
export async function isFocused(page: Page, locator: Locator): Promise<boolean> {
  return (await locator.and(page.locator(':focus')).count()) === 1
}

/** The focused element as `tag[role] "name"`, or `body`, for assertions and their messages. */
export async function describeFocused(page: Page): Promise<string> {
  const described = await page.evaluate(DESCRIBE_FOCUSED_SCRIPT)
  if (typeof described !== 'string') throw new Error('the focused element could not be described')
  return described
}

/**
 * Presses Tab (or Shift+Tab with `backwards`) until `target` has the focus, as a keyboard user
 * goes through the page, and resolves with the number of presses; throws after `maxPresses`.
 */
export async function tabUntilFocused(
  page: Page,
  target: Locator,
  options: { maxPresses: number; backwards?: boolean },
): Promise<number> {
  const key = options.backwards === true ? 'Shift+Tab' : 'Tab'
  for (let presses = 0; ; presses++) {
    if (await isFocused(page, target)) return presses
    if (presses === options.maxPresses) {
      throw new Error(
        `${key} × ${presses} never reached the target; at ${await describeFocused(page)}`,
      )
    }
    await page.keyboard.press(key)
  }
}
