// The company's fiscal calendar: month names and the dates a fiscal year's report is built around.

/** Month names, January first. */
export const MONTHS: readonly string[] = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
