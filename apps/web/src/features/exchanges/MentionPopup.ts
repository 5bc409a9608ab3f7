import type { MentionSuggestion } from '@maillage/editor'
import type { PersonRefView } from '@maillage/protocol'

/** Finds the people whose name matches what follows `@`. */
export type SearchPeople = (query: string) => Promise<readonly PersonRefView[]>

/** What the `@` popup shows, for React (`useSyncExternalStore`). */
export interface MentionPopupState {
  /** The element the suggestion plugin positions under the caret; null when the popup is closed. */
  readonly host: HTMLElement | null
  readonly people: readonly PersonRefView[]
  readonly loading: boolean
  readonly failed: boolean
  /** Index of the highlighted person (`aria-activedescendant`). */
  readonly active: number
}

type Render = NonNullable<MentionSuggestion['render']>
type Renderer = ReturnType<Render>
type SuggestionProps = Parameters<NonNullable<Renderer['onStart']>>[0]
type KeyDownProps = Parameters<NonNullable<Renderer['onKeyDown']>>[0]

const CLOSED: MentionPopupState = {
  host: null,
  people: [],
  loading: false,
  failed: false,
  active: 0,
}

// Ask the server once typing pauses, not at every letter.
const SEARCH_DEBOUNCE_MS = 150

/**
 * The bridge between Tiptap's `@` suggestion plugin and the React list the composer renders: the
 * plugin calls `render()`'s hooks and `onKeyDown` (↑, ↓, Entrée, Tab; Échap is handled by the
 * plugin), this keeps the state React reads and inserts the chosen person. One per editor.
 */
export class MentionPopup {
  #state: MentionPopupState = CLOSED
  #listeners = new Set<() => void>()
  #choose: ((person: PersonRefView) => void) | null = null
  #unmount: (() => void) | null = null
  readonly #search: SearchPeople

  constructor(search: SearchPeople) {
    this.#search = search
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => {
      this.#listeners.delete(listener)
    }
  }

  readonly getState = (): MentionPopupState => this.#state

  /** Inserts `person` as a mention in place of `@query` and closes the popup. */
  readonly choose = (person: PersonRefView): void => {
    this.#choose?.(person)
  }

  /** The options of the Mention extension's suggestion: where people come from, how they show. */
  suggestion(): MentionSuggestion {
    return {
      debounce: SEARCH_DEBOUNCE_MS,
      items: async ({ query }) => {
        try {
          const people = await this.#search(query)
          this.#set({ failed: false })
          return [...people]
        } catch {
          // Shown in the popup; the person can still type the name without mentioning.
          this.#set({ failed: true })
          return []
        }
      },
      render: () => ({
        onStart: (props) => {
          this.#open(props)
        },
        onUpdate: (props) => {
          this.#update(props)
        },
        onExit: () => {
          this.#close()
        },
        onKeyDown: (props) => this.#keyDown(props),
      }),
    }
  }

  #open(props: SuggestionProps): void {
    const host = document.createElement('div')
    host.className = 'popup-mentions'
    this.#unmount = props.mount(host)
    this.#state = { ...CLOSED, host, loading: props.loading }
    this.#update(props)
  }

  #update(props: SuggestionProps): void {
    const people = (props.items as unknown[]).filter(isPerson)
    this.#choose = (person) => {
      props.command({ id: person.id, label: person.name })
    }
    const active = this.#state.active < people.length ? this.#state.active : 0
    this.#set({ people, loading: props.loading, active })
  }

  #close(): void {
    this.#unmount?.()
    this.#unmount = null
    this.#choose = null
    this.#set(CLOSED)
  }

  #keyDown({ event }: KeyDownProps): boolean {
    const { people, active } = this.#state
    if (people.length === 0) return false
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : people.length - 1
      this.#set({ active: (active + step) % people.length })
      return true
    }
    if (event.key === 'Enter' || event.key === 'Tab') {
      const person = people[active]
      if (person !== undefined) this.choose(person)
      return true
    }
    return false
  }

  #set(patch: Partial<MentionPopupState>): void {
    this.#state = { ...this.#state, ...patch }
    for (const listener of this.#listeners) listener()
  }
}

function isPerson(value: unknown): value is PersonRefView {
  if (typeof value !== 'object' || value === null) return false
  const { id, name } = value as Record<string, unknown>
  return typeof id === 'string' && typeof name === 'string'
}
