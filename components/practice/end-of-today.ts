/** The end of the learner's day in their own time zone: "due today" means due before it. */
export function endOfToday(now = new Date()): Date {
  const end = new Date(now);
  end.setHours(23, 59, 59, 999);
  return end;
}
