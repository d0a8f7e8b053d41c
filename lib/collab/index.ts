/** Collaboration follow-through: plan results by commission level, and what needs the seller today. */
export {
  planResultsByCommission, acceptanceByCommission, acceptanceSentence,
  type PlanLevelRow, type PlanResultsInput, type AcceptanceRow,
} from './plans';
export { todayItems, countReminders, badgeText, reminderBadge, type TodayItem, type TodayKind, type RemindersInput, type ReminderCounts } from './reminders';
export { timelineCsvCell } from './timeline';
