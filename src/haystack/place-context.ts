// What a needle may know about the place it is inserted at, and the document-wide facts it may draw on.

/**
 * A fact a generator can state, as a stable dotted key (`debt.leverage-covenant`, `pension.expected-contribution`,
 * `meeting.eps-guidance`). Sections declare the keys they state; needle templates declare the keys they compete
 * with; a haystack that carries a template is generated without the facts it competes with.
 */
export type FactKey = string;

/** Local context of a block of an annual report: which fiscal year's report it belongs to. */
export interface ReportPlace {
  kind: 'financial-report';
  /** Fiscal year the surrounding report covers, e.g. 2022. */
  fiscalYear: number;
  /** Last day of that fiscal year, ISO `YYYY-MM-DD`. */
  periodEnd: string;
  /** Date the report was filed (after period end), ISO `YYYY-MM-DD`. */
  filedOn: string;
}

/** A person present at a meeting, as printed before their turns. */
export interface Participant {
  /** Exactly as printed before `[time]:`, e.g. `Zora Wexford (Chief Financial Officer)`. */
  label: string;
  /** A stable role key: `chair`, `ceo`, `cfo`, `coo`, `gc`, `chro`, `cto`, `ir`, `director`, `committee-chair`, `analyst`, `operator`, `eng-manager`, `pm`, `engineer`, … */
  role: string;
}

/** Local context of a block of a meeting transcript: the meeting it belongs to and the clock at that point. */
export interface MeetingPlace {
  kind: 'meeting-transcript';
  /** Index of the meeting in the series (0-based). */
  meetingIndex: number;
  /** e.g. `board`, `audit-committee`, `compensation-committee`, `earnings-call`, `standup`, `sprint-planning`, `incident-review`. */
  meetingKind: string;
  /** The meeting's heading, e.g. `Audit Committee Meeting`. */
  title: string;
  /** Date of the meeting, ISO `YYYY-MM-DD`. */
  date: string;
  /** Label of whoever chairs or runs the meeting (the committee's own chair for a committee). */
  chair: string;
  /** Everyone present who may speak. */
  participants: Participant[];
  /** Timestamp (`HH:MM:SS`) of the turn that starts at this point; an inserted turn takes a time between the previous turn's and this one. */
  time?: string;
  /** Timestamp of the turn before this point (absent at a meeting's start). */
  previousTime?: string;
  /** True when the turn before this point asked a question this turn answers: no other turn belongs between them. */
  awaitsAnswer?: boolean;
  /** True when the speaker of the turn before this point goes on here (a presentation in several turns, a site's report). */
  continuesTurn?: boolean;
}

/** Where a block sits in its document, for needle templates that must fit their place. */
export type PlaceContext = ReportPlace | MeetingPlace;
