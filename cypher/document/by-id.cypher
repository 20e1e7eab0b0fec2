// Documents by id (batched).
// :param ids => ['trump-putin-call-2025-02']
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d {.id, .title, .publishedAt, .url, .publisher, .text, .references} AS document
