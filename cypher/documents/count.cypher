// How many documents there are (documentsConnection's totalCount).
MATCH (d:Document)
RETURN count(d) AS total
