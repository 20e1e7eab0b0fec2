"""A small Python client for the stancegraph GraphQL API, for analysts' notebooks.

    import stancegraph_client as sg

    api = sg.connect("http://localhost:4000/graphql")
    api.actors()                           # pandas DataFrame, one row per actor
    g = api.neighborhood("Zelensky", 1)    # networkx MultiDiGraph of actors and relations
    api.stance_table()                     # pandas DataFrame, topics × actors
    api.relation_series("WEEK")            # pandas DataFrame, relations per week by polarity
    for step in api.shortest_path("Hegseth", "Zelensky"):
        print(step.describe())             # each hop with the quote behind it
    files = api.export("GRAPHML")          # the API's export, as files
    sg.read_export_graphml(files)          # ... read back with networkx

Wherever an actor is expected, its id ("zelensky") or any of its names or
aliases ("Zelensky", "President Zelensky") will do; names are resolved to ids
with the API's own `actor(name:)` lookup.

Every error the API reports arrives as a :class:`StancegraphError` whose
``code`` is the error's ``extensions.code`` (``NOT_FOUND``,
``BAD_USER_INPUT``, ``GRAPHQL_VALIDATION_FAILED``, ...; the list is in
docs/API.md, "Errors").

Why gql rather than plain ``requests``: gql parses every document below when
this module is imported, so a typo in a query fails at once and says where,
rather than on the first call that sends it; it sends variables the GraphQL
way and separates GraphQL errors (a ``TransportQueryError`` holding the
server's ``errors`` list) from HTTP failures. Its ``requests`` transport keeps
the client synchronous, which suits notebook cells, and one HTTP session is
reused across calls.
"""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence, TypeAlias

import networkx as nx
import pandas as pd
from gql import Client, GraphQLRequest, gql
from gql.transport.exceptions import TransportError, TransportQueryError, TransportServerError
from gql.transport.requests import RequestsHTTPTransport

DEFAULT_URL = "http://localhost:4000/graphql"
"""Where ``npm start`` serves the API."""

EXPORT_FORMATS = ("GRAPHML", "GEXF", "CSV", "JSON", "CYPHER")
"""The values of the API's ``ExportFormat`` enum."""

__all__ = [
    "DEFAULT_URL",
    "EXPORT_FORMATS",
    "ExportFile",
    "GraphExport",
    "PathStep",
    "Stancegraph",
    "StancegraphError",
    "connect",
    "read_export_gexf",
    "read_export_graphml",
]


class StancegraphError(Exception):
    """An error reported by the stancegraph API (or the failure to reach it).

    ``code`` is the first error's ``extensions.code``, or None when the server
    did not answer with GraphQL errors (unreachable, or an HTTP failure
    without a GraphQL body; ``status`` then holds the HTTP status, if any).
    ``errors`` holds every GraphQL error as the server sent it.
    """

    def __init__(
        self,
        message: str,
        code: str | None = None,
        errors: Sequence[dict[str, Any]] = (),
        status: int | None = None,
    ) -> None:
        super().__init__(f"{code}: {message}" if code else message)
        self.message = message
        self.code = code
        self.errors = list(errors)
        self.status = status


@dataclass(frozen=True)
class PathStep:
    """One hop of a shortest path, oriented from the path's start to its end.

    ``via`` is ``"relation"`` (``type`` is the relation type and ``quote``
    the evidence for it) or ``"role"`` (``type`` is the office title: the hop
    links an office holder and the organization of the office, and carries no
    quote). ``forward`` is False when the hop goes against the relation's
    direction (from its target to its source) or from an organization to the
    holder of an office in it.
    """

    from_id: str
    from_name: str
    to_id: str
    to_name: str
    via: str
    type: str
    forward: bool
    polarity: str | None = None
    confidence: float | None = None
    quote: str | None = None
    relation_id: str | None = None

    def describe(self) -> str:
        """The hop as one line: "Volodymyr Zelenskyy —TRUSTS→ JD Vance: “…”".

        Arrows point the way the relation or office points, so a hop taken
        backwards reads "JD Vance ←TRUSTS— Volodymyr Zelenskyy". Office hops
        end in "(office)": they come from the actor registry, not a quote.
        """
        arrow = f"—{self.type}→" if self.forward else f"←{self.type}—"
        line = f"{self.from_name} {arrow} {self.to_name}"
        if self.via == "role":
            return f"{line} (office)"
        return f"{line}: “{self.quote}”" if self.quote else line


@dataclass(frozen=True)
class ExportFile:
    """One file of an export: its name, media type and text content."""

    name: str
    media_type: str
    content: str


@dataclass(frozen=True)
class GraphExport:
    """What the API's ``export`` query returns: the counts and the files."""

    format: str
    node_count: int
    edge_count: int
    files: list[ExportFile] = field(default_factory=list)

    def file(self, suffix: str = "") -> ExportFile:
        """The first file whose name ends with ``suffix`` (any file when empty)."""
        for f in self.files:
            if f.name.endswith(suffix):
                return f
        names = ", ".join(f.name for f in self.files) or "none"
        raise KeyError(f"no file ending in {suffix!r} in this export (files: {names})")

    def save(self, directory: str | os.PathLike[str]) -> list[Path]:
        """Writes every file into ``directory`` (created if missing); returns their paths."""
        folder = Path(directory)
        folder.mkdir(parents=True, exist_ok=True)
        paths = []
        for f in self.files:
            path = folder / Path(f.name).name
            path.write_text(f.content, encoding="utf-8")
            paths.append(path)
        return paths


# The documents this client sends, parsed once, here.

_ACTORS = gql(
    """
    query Actors($filter: ActorFilter, $after: String) {
      actors(filter: $filter, first: 100, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges { node { id name kind aliases wikidataId description } }
      }
    }
    """
)

_RESOLVE_ACTOR = gql(
    """
    query ResolveActor($id: ID!, $name: String!) {
      byId: actor(id: $id) { id }
      byName: actor(name: $name) { id }
    }
    """
)

_NEIGHBORHOOD = gql(
    """
    query Neighborhood($actorId: ID!, $depth: Int, $types: [RelationType!], $minConfidence: Float) {
      neighborhood(actorId: $actorId, depth: $depth, types: $types, minConfidence: $minConfidence) {
        center { id }
        depth
        actors { id name kind }
        relations {
          id type polarity confidence effectiveDate
          source { id } target { id }
          evidence { quote document { id } }
        }
      }
    }
    """
)

_STANCE_MATRIX = gql(
    """
    query StanceMatrix($topicIds: [ID!], $actorIds: [ID!]) {
      stanceMatrix(topicIds: $topicIds, actorIds: $actorIds) {
        topics { id name }
        rows { actor { id name } cells { position score confidence } }
      }
    }
    """
)

_SHORTEST_PATH = gql(
    """
    query ShortestPath($fromId: ID!, $toId: ID!, $maxHops: Int, $includeRoles: Boolean) {
      shortestPath(fromId: $fromId, toId: $toId, maxHops: $maxHops, includeRoles: $includeRoles) {
        length
        actors { id name }
        steps {
          relation {
            id type polarity confidence
            source { id } target { id }
            evidence { quote }
          }
          role { title holder { id } organization { id } }
        }
      }
    }
    """
)

_RELATION_SERIES = gql(
    """
    query RelationSeries($interval: Interval!, $groupBy: SeriesGroup, $from: TimeBound, $to: TimeBound) {
      relationSeries(interval: $interval, groupBy: $groupBy, from: $from, to: $to, topGroups: 50) {
        start count goldsteinSum goldsteinMean
        groups { key count }
      }
    }
    """
)

_EXPORT = gql(
    """
    query Export($format: ExportFormat!, $actorIds: [ID!], $depth: Int, $csvSafe: Boolean) {
      export(format: $format, actorIds: $actorIds, depth: $depth, csvSafe: $csvSafe) {
        format nodeCount edgeCount
        files { name mediaType content }
      }
    }
    """
)


class Stancegraph:
    """A connection to one stancegraph API. Make one with :func:`connect`."""

    def __init__(self, url: str, *, api_key: str | None = None, timeout: float = 60) -> None:
        self.url = url
        headers = {"authorization": f"Bearer {api_key}"} if api_key else {}
        transport = RequestsHTTPTransport(url=url, headers=headers, timeout=timeout)
        self._client = Client(transport=transport)
        self._session: Any = None

    def __repr__(self) -> str:
        return f"Stancegraph({self.url!r})"

    def close(self) -> None:
        """Closes the HTTP session (a later call opens a new one)."""
        if self._session is not None:
            self._client.close_sync()
            self._session = None

    def execute(self, document: GraphQLRequest | str, **variables: Any) -> dict[str, Any]:
        """Runs any query (a gql document or a string) and returns its ``data``.

        Raises :class:`StancegraphError` carrying ``extensions.code`` when the
        API answers with errors.
        """
        request = GraphQLRequest(
            gql(document) if isinstance(document, str) else document,
            variable_values={k: v for k, v in variables.items() if v is not None},
        )
        if self._session is None:
            self._session = self._client.connect_sync()
        try:
            return self._session.execute(request)
        except TransportQueryError as error:
            errors = list(error.errors or [])
            first = errors[0] if errors else {}
            code = (first.get("extensions") or {}).get("code")
            raise StancegraphError(first.get("message", str(error)), code, errors) from None
        except TransportServerError as error:
            raise StancegraphError(
                f"{self.url} answered HTTP {error.code}: {error}", status=error.code
            ) from error
        except (TransportError, OSError) as error:
            # requests' ConnectionError is an OSError: the server is not there.
            raise StancegraphError(f"cannot reach {self.url}: {error}") from error

    def actor_id(self, actor: str) -> str:
        """The id of an actor given by id, name or alias (any case).

        Raises :class:`StancegraphError` with code ``NOT_FOUND``, the code the
        API uses for an unknown actor id, when neither matches.
        """
        data = self.execute(_RESOLVE_ACTOR, id=actor, name=actor)
        found = data["byId"] or data["byName"]
        if not found:
            raise StancegraphError(
                f'no actor has the id or name "{actor}"; actors(filter: {{search: ...}}) lists near matches',
                "NOT_FOUND",
            )
        return found["id"]

    def actors(self, kind: str | None = None, search: str | None = None) -> pd.DataFrame:
        """Every actor (optionally of one ``kind`` or matching ``search``), one row each.

        Columns: id, name, kind, aliases (a list), wikidataId, description;
        ordered by name, as the API orders them. Pages through all of them.
        """
        rows: list[dict[str, Any]] = []
        after = None
        while True:
            actor_filter = {"kinds": [kind] if kind else None, "search": search}
            page = self.execute(_ACTORS, filter=actor_filter, after=after)["actors"]
            rows.extend(edge["node"] for edge in page["edges"])
            if not page["pageInfo"]["hasNextPage"]:
                break
            after = page["pageInfo"]["endCursor"]
        columns = ["id", "name", "kind", "aliases", "wikidataId", "description"]
        return pd.DataFrame(rows, columns=columns)

    def neighborhood(
        self,
        actor: str,
        depth: int = 1,
        *,
        types: Iterable[str] | None = None,
        min_confidence: float | None = None,
    ) -> nx.MultiDiGraph:
        """The actors within ``depth`` hops of ``actor`` and the relations among them.

        Nodes are actor ids with attributes ``name`` and ``kind``; the graph's
        ``center`` attribute is the actor's id. Edges go from a relation's
        source to its target, keyed by relation id, with attributes ``id``,
        ``type``, ``polarity``, ``confidence``, ``effectiveDate``, ``quote``
        (the first evidence quote), ``quotes`` (all of them) and
        ``documentId``. A MultiDiGraph (a kind of DiGraph) because two actors
        are often linked by several relations in the same direction: Trump
        spoke with, praises and trusts Putin.
        """
        data = self.execute(
            _NEIGHBORHOOD,
            actorId=self.actor_id(actor),
            depth=depth,
            types=list(types) if types is not None else None,
            minConfidence=min_confidence,
        )["neighborhood"]
        graph = nx.MultiDiGraph(center=data["center"]["id"], depth=data["depth"])
        for a in data["actors"]:
            graph.add_node(a["id"], name=a["name"], kind=a["kind"])
        for r in data["relations"]:
            quotes = [e["quote"] for e in r["evidence"]]
            graph.add_edge(
                r["source"]["id"],
                r["target"]["id"],
                key=r["id"],
                id=r["id"],
                type=r["type"],
                polarity=r["polarity"],
                confidence=r["confidence"],
                effectiveDate=r["effectiveDate"],
                quote=quotes[0] if quotes else None,
                quotes=quotes,
                documentId=r["evidence"][0]["document"]["id"] if r["evidence"] else None,
            )
        return graph

    def stance_table(
        self,
        topic_ids: Iterable[str] | None = None,
        actors: Iterable[str] | None = None,
        *,
        values: str = "position",
    ) -> pd.DataFrame:
        """Topics × actors from ``stanceMatrix``: one row per topic, one column per actor.

        ``values`` picks what a cell holds: ``"position"`` (SUPPORTS,
        OPPOSES, WORRIES_ABOUT, UNDECIDED), ``"score"`` (−1 against … +1 for,
        for heat maps) or ``"confidence"``. Cells where the actor has no stance
        are missing values (``pd.isna``). Rows and columns are labelled by name; the API's order
        is kept. Defaults: every topic, and every actor with a stance on one.
        """
        if values not in ("position", "score", "confidence"):
            raise ValueError(f'values must be "position", "score" or "confidence"; got {values!r}')
        actor_ids = [self.actor_id(a) for a in actors] if actors is not None else None
        matrix = self.execute(
            _STANCE_MATRIX,
            topicIds=list(topic_ids) if topic_ids is not None else None,
            actorIds=actor_ids,
        )["stanceMatrix"]
        topics = [t["name"] for t in matrix["topics"]]
        columns = {
            row["actor"]["name"]: [cell[values] if cell else None for cell in row["cells"]]
            for row in matrix["rows"]
        }
        table = pd.DataFrame(columns, index=pd.Index(topics, name="topic"))
        table.columns.name = "actor"
        return table

    def shortest_path(
        self,
        source: str,
        target: str,
        *,
        include_roles: bool = True,
        max_hops: int = 4,
    ) -> list[PathStep]:
        """A shortest chain of hops from ``source`` to ``target``, each with its quote.

        Relations count in either direction. With ``include_roles`` (the
        default) a hop may also link an office holder and the organization of
        the office, which is how Hegseth reaches Zelensky in the demo article.
        An empty list when no chain of at most ``max_hops`` exists.
        """
        path = self.execute(
            _SHORTEST_PATH,
            fromId=self.actor_id(source),
            toId=self.actor_id(target),
            maxHops=max_hops,
            includeRoles=include_roles,
        )["shortestPath"]
        if path is None:
            return []
        chain = path["actors"]
        steps = []
        for i, step in enumerate(path["steps"]):
            here, there = chain[i], chain[i + 1]
            ends = dict(
                from_id=here["id"], from_name=here["name"], to_id=there["id"], to_name=there["name"]
            )
            relation = step["relation"]
            if relation is not None:
                quotes = [e["quote"] for e in relation["evidence"]]
                steps.append(
                    PathStep(
                        **ends,
                        via="relation",
                        type=relation["type"],
                        forward=relation["source"]["id"] == here["id"],
                        polarity=relation["polarity"],
                        confidence=relation["confidence"],
                        quote=quotes[0] if quotes else None,
                        relation_id=relation["id"],
                    )
                )
            else:
                role = step["role"]
                steps.append(
                    PathStep(
                        **ends,
                        via="role",
                        type=role["title"],
                        forward=role["holder"]["id"] == here["id"],
                    )
                )
        return steps

    def relation_series(
        self,
        interval: str = "WEEK",
        group_by: str = "POLARITY",
        start: str | None = None,
        end: str | None = None,
    ) -> pd.DataFrame:
        """Relations per time bucket from ``relationSeries``: one row per bucket, oldest first.

        ``interval`` is ``"DAY"``, ``"WEEK"`` or ``"MONTH"``; ``group_by`` one of
        ``"TYPE"``, ``"POLARITY"``, ``"SOURCE"``, ``"TARGET"``, ``"PAIR"``. The
        index is each bucket's first day (a pandas Timestamp, UTC); the columns
        are ``count``, ``goldstein_sum`` and ``goldstein_mean``, then one column
        per group with its count (0 where a bucket has none). ``start`` and
        ``end`` (ISO 8601 dates) limit the window.
        """
        buckets = self.execute(
            _RELATION_SERIES,
            interval=interval.upper(),
            groupBy=group_by.upper(),
            **{"from": start, "to": end},
        )["relationSeries"]
        rows = [
            {
                "count": b["count"],
                "goldstein_sum": b["goldsteinSum"],
                "goldstein_mean": b["goldsteinMean"],
                **{g["key"]: g["count"] for g in b["groups"]},
            }
            for b in buckets
        ]
        starts = [pd.Timestamp(b["start"], tz="UTC") for b in buckets]
        index = pd.DatetimeIndex(starts, name="start")
        table = pd.DataFrame(rows, index=index)
        groups = [c for c in table.columns if c not in ("count", "goldstein_sum", "goldstein_mean")]
        table[groups] = table[groups].fillna(0).astype(int)
        return table

    def export(
        self,
        format: str,
        actor_ids: Iterable[str] | None = None,
        depth: int = 1,
        csv_safe: bool = False,
    ) -> GraphExport:
        """The graph as files, from the API's ``export`` query.

        ``format`` is one of :data:`EXPORT_FORMATS` (any case). Without
        ``actor_ids`` the whole graph is exported; with them, those actors'
        neighbourhoods to ``depth`` hops. Nodes are actors and topics, edges
        relations and stances; read GraphML and GEXF back with
        :func:`read_export_graphml` and :func:`read_export_gexf`.

        CSV text comes as it is (``csv_safe=False``), for pandas; pass
        ``csv_safe=True`` for files a spreadsheet will open, so cells that
        start with ``=``, ``+``, ``-`` or ``@`` get a leading ``'``.
        """
        data = self.execute(
            _EXPORT,
            format=format.upper(),
            actorIds=[self.actor_id(a) for a in actor_ids] if actor_ids is not None else None,
            depth=depth,
            csvSafe=csv_safe,
        )["export"]
        return GraphExport(
            format=data["format"],
            node_count=data["nodeCount"],
            edge_count=data["edgeCount"],
            files=[ExportFile(f["name"], f["mediaType"], f["content"]) for f in data["files"]],
        )


def connect(url: str | None = None, *, api_key: str | None = None) -> Stancegraph:
    """A connection to the API at ``url``.

    Without ``url``: the ``STANCEGRAPH_URL`` environment variable, else
    :data:`DEFAULT_URL`. ``api_key`` is needed only where the server requires
    keys for reads. Fails with :class:`StancegraphError` when nothing answers.
    """
    api = Stancegraph(url or os.environ.get("STANCEGRAPH_URL") or DEFAULT_URL, api_key=api_key)
    api.execute("{ __typename }")
    return api


ExportSource: TypeAlias = GraphExport | ExportFile | str | os.PathLike[str]
"""What the readers accept: an export, one of its files, its text, or a saved file's path."""


def _export_bytes(source: ExportSource, suffix: str) -> io.BytesIO:
    if isinstance(source, GraphExport):
        source = source.file(suffix)
    if isinstance(source, ExportFile):
        return io.BytesIO(source.content.encode("utf-8"))
    if isinstance(source, str) and source.lstrip().startswith("<"):
        return io.BytesIO(source.encode("utf-8"))
    return io.BytesIO(Path(source).read_bytes())


def read_export_graphml(source: ExportSource) -> nx.Graph:
    """A GraphML export as a networkx graph.

    ``source`` is an export (its ``.graphml`` file is used), one of its
    files, the GraphML text, or a path to a saved file. Node ids are
    stancegraph ids; node and edge attributes are those of the export
    (``label``, ``nodeType``, ``kind``; ``id``, ``edgeType``, ``type``,
    ``polarity``, ``confidence``, ``quote``, ...). networkx returns a
    multigraph when two nodes are linked more than once in one direction.
    """
    return nx.read_graphml(_export_bytes(source, ".graphml"))


def read_export_gexf(source: ExportSource) -> nx.Graph:
    """A GEXF export as a networkx graph; ``source`` as for :func:`read_export_graphml`."""
    return nx.read_gexf(_export_bytes(source, ".gexf"))
