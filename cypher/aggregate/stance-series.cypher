// Where the actors stand on a topic at the end of each time bucket (stanceSeries): per actor its
// stances in deciding order (latest first, then most confident, then id: stanceMatrix's rule), then
// per bucket the first of them dated on or before the bucket's last day. Buckets run from the
// bucket of $from (else of the first stance) to that of $to (else of the last stance), at most
// $maxBuckets + 1 of them, so that the caller can tell a window that is too long. $unit is a
// date.truncate unit (day, week, month). `found` is false when the topic does not exist. With
// $withPositions false the buckets carry only the counts (a chart of the balance), which is far
// less to send.
// :param topicId => 'ukraine-nato-membership'
// :param from => null
// :param to => null
// :param unit => 'month'
// :param maxBuckets => 1000
// :param withPositions => true
OPTIONAL MATCH (tp:Topic {id: $topicId})
CALL (tp) {
  OPTIONAL MATCH (a:Actor)-[s:STANCE]->(tp)
  WHERE s.retractedAt IS NULL AND ($to IS NULL OR s.effectiveDate <= $to)
  WITH a, s
  ORDER BY s.effectiveDate DESC, s.confidence DESC, s.id
  WITH a, collect(s {.*, actor: a.id, topic: tp.id}) AS history
  ORDER BY a.name, a.id
  WITH collect(CASE WHEN a IS NOT NULL THEN {
         actor: a {.id, .name, .kind, .aliases, .wikidataId, .description},
         history: history
       } END) AS holders,
       min(last(history).effectiveDate) AS firstDate,
       max(head(history).effectiveDate) AS lastDate
  WITH holders, coalesce($from, firstDate) AS windowStart, coalesce($to, lastDate) AS windowEnd
  // Without stances or bounds there is no window (date.truncate refuses a null date).
  WHERE windowStart IS NOT NULL AND windowEnd IS NOT NULL
  WITH holders,
       date.truncate($unit, windowStart) AS firstBucket,
       date.truncate($unit, windowEnd) AS lastBucket
  WHERE firstBucket <= lastBucket
  WITH holders, firstBucket,
       CASE $unit
         WHEN 'day' THEN duration.inDays(firstBucket, lastBucket).days
         WHEN 'week' THEN duration.inDays(firstBucket, lastBucket).days / 7
         ELSE duration.inMonths(firstBucket, lastBucket).months
       END AS span
  UNWIND range(0, CASE WHEN span < $maxBuckets THEN span ELSE $maxBuckets END) AS i
  WITH holders,
       CASE $unit
         WHEN 'day' THEN firstBucket + duration({days: i})
         WHEN 'week' THEN firstBucket + duration({days: 7 * i})
         ELSE firstBucket + duration({months: i})
       END AS start
  WITH holders, start,
       CASE $unit
         WHEN 'day' THEN start
         WHEN 'week' THEN start + duration({days: 6})
         ELSE start + duration({months: 1}) - duration({days: 1})
       END AS end
  WITH start, end,
       [h IN holders |
         {actor: h.actor, stance: head([x IN h.history WHERE x.effectiveDate <= end])}] AS held,
       reduce(n = 0, h IN holders |
         n + size([x IN h.history WHERE x.effectiveDate >= start AND x.effectiveDate <= end])) AS newStances
  WITH start, end, newStances, [p IN held WHERE p.stance IS NOT NULL] AS positions
  ORDER BY start
  RETURN collect({
    start: start, end: end, newStances: newStances,
    positions: CASE WHEN $withPositions THEN positions ELSE [] END,
    supporters: size([p IN positions WHERE p.stance.position = 'SUPPORTS']),
    opponents: size([p IN positions WHERE p.stance.position = 'OPPOSES']),
    worried: size([p IN positions WHERE p.stance.position = 'WORRIES_ABOUT']),
    undecided: size([p IN positions WHERE p.stance.position = 'UNDECIDED'])
  }) AS buckets
}
RETURN tp IS NOT NULL AS found, buckets
