/**
 * Most characters of a sticky note of an atelier's wall: the web app stops typing at it and cuts
 * what it writes to it; the server clips longer notes it reads back (the compte rendu included).
 */
export const WALL_NOTE_MAX_LENGTH = 280
