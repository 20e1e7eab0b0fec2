// Documents by id without their text (batched): document/by-id.cypher for a request that does not
// select `text`, so a title costs no article.
// :param ids => ['trump-putin-call-2025-02']
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d {.id, .title, .publishedAt, .url, .publisher, .references} AS document
