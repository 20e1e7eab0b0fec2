// Every document, newest first.
MATCH (d:Document)
RETURN d {.id, .title, .publishedAt, .url, .publisher, .text, .references} AS document
ORDER BY d.publishedAt DESC, d.id
