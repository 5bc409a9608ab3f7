/**
 * Transaction origin of what the fan-out applies to a room: updates, awareness and sync replies of
 * other processes, and stored state read back after an outage. The fan-out never publishes a change
 * of this origin again (the other processes have it already, or read it from the store).
 */
export class FanoutOrigin {
  /** The id of this process, for logs. */
  readonly processId: string

  constructor(processId: string) {
    this.processId = processId
  }
}
