/**
 * How long typing must pause before a list searches (issue 21: a keystroke reaches the painted
 * list within 150 ms). Short, because waiting costs little: a newer search aborts the one still
 * in flight, and the list keeps the previous results on screen until the new ones arrive.
 */
export const SEARCH_PAUSE_MS = 90;
