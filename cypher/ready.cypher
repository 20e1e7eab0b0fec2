// The readiness probe behind GET /ready: answers when the database can serve a read.
RETURN 1 AS ready
