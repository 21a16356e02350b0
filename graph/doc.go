// Package graph stores documents, entities and facts as a knowledge graph in
// Cayley and hands it on as a gonum graph.
//
// It is the second stage of storygraph's one-way flow
//
//	articles → extract → graph → render
//
// and imports only extract's value types, never render.
//
// A [Store] is a Cayley quad store: a bolt file ([Open], the default
// ./storygraph.db of the command) or memory ([OpenMemory], for tests). Builds
// write through [Store.Add], one transaction per [Batch]; reads return
// extract's types ([Store.Facts], [Store.Entities]), direct edges
// ([Store.Neighbours], [Store.Path]), raw query results ([Store.Query], Gizmo
// or GraphQL) or a [Snapshot], an immutable gonum graph for
// [github.com/storygraph/storygraph/graph/analyze] and render. Cayley and
// quad types never appear in the API.
//
// # Quad schema
//
// Nodes are IRIs; literals are typed quad values. Every schema predicate
// starts with "sg:". The label (fourth element) is the IRI of the document a
// quad comes from when it comes from exactly one document, and empty for
// quads that several documents support (entity names, fact records, direct
// edges).
//
//	node        IRI                      predicate        object                          label
//	----------  -----------------------  ---------------  ------------------------------  --------
//	store       <sg:store>               sg:schema        xsd:integer [SchemaVersion]
//	document    <doc:ID>                 sg:hash          "hex SHA-256 of the text"       <doc:ID>
//	                                     sg:title         "title" (if any)                <doc:ID>
//	                                     sg:url           "url" (if any)                  <doc:ID>
//	                                     sg:outlet        "outlet" (Document.Source)      <doc:ID>
//	                                     sg:published     xsd:dateTime (if known)         <doc:ID>
//	                                     sg:dateFrom      "meta", "text", ... (if any)    <doc:ID>
//	                                     sg:raw           JSON: a sentence's raw          <doc:ID>
//	                                                      extractions (below), one each
//	entity      <ID> (e:type:name)       sg:name          "canonical name"
//	                                     sg:type          "PERSON", "ORG", ...
//	                                     sg:alias         "alias" (one quad each)
//	                                     sg:role          "role" (one quad each)
//	                                     sg:mentionedIn   <doc:ID> (one quad each)
//	                                     sg:mentions      xsd:integer                     <doc:first new doc>
//	                                     sg:evidence      JSON: why each alias joined
//	                                                      (alias, kind, score, with, doc;
//	                                                      only when any)
//	fact        <ID> (f + 16 hex)        sg:subject       <entity> (if the subject is one)
//	                                     sg:object        <entity> (if the object is one)
//	                                     sg:fact          JSON record (below)
//	                                     sg:source        JSON source (below), one each   <doc:DOC>
//	sentence    <sent:DOC#OFFSET>        sg:text          "sentence text"                 <doc:DOC>
//	direct edge <subject of the fact>    <relation>       <object of the fact>
//
// The record holds every field of [extract.Fact] but the argument ids and
// the sources, with the JSON names of extract.Fact, empty fields left out;
// subject and object hold the arguments' words, the names when they are
// entities:
//
//	{"relation":"did not sign","confidence":0.75,"negated":true,"relation_lemma":"sign","subject":"Charles Babbage","object":"the treaty"}
//
// (also "date", "modality", "args", "attributed_to", "granularity",
// "trigger" and "gate"). A source says which sentence of which document the
// fact was read from (the sentence node is sent:DOC#OFFSET) and the byte
// spans, into the document's text, of what was read ([extract.Spans]):
//
//	{"doc":"d1","offset":59,"spans":{"subject":[59,66],"relation":[[67,79]],"object":[80,90]}}
//
// The sg:subject and sg:object quads let facts about an entity be found
// through the object index (g.V("<e:person:ada_lovelace>").In("<sg:subject>")).
// The direct edge makes path queries read like the story:
//
//	g.V("<e:person:ada_lovelace>").Out("<meet>").Out("<sg:name>").All()
//
// Its predicate is the fact's relation lemma (or the lower-cased relation)
// with spaces as "_", prefixed "not_" when negated and with the modality when
// there is one: "meet", "not_sign", "could_visit", "would_not_attend". Only
// graph facts (an empty [extract.Fact.Gate]) with an object and at least one
// entity argument have one: raw extractions are kept out of maps and paths,
// and [Store.Neighbours] and [Store.Path] never follow an edge between two
// plain-text arguments (55 % of the edges on the seed articles, 70 % on
// the MEANTIME dev corpus; such facts get no edge and are read from their
// records). Several facts with the same subject, relation and object share
// one direct edge.
//
// Raw extractions (facts with a gate, three in four of what is read) are
// not nodes: the raw extractions of one sentence are one JSON literal under
// the document, each with its id, argument ids, spans and record fields:
//
//	{"offset":59,"facts":[{"id":"f…","subject_id":"e:…","spans":{…},"relation":"has",…,"gate":"possessive"}]}
//
// [Store.Facts] with All reads them with the graph facts (by entity: from
// the documents the entity is mentioned in); nothing else does.
//
// A graph fact costs its record, one quad for each argument that is an
// entity, one per source and its direct edge if it has one; a sentence
// costs 1 quad once, however many facts come from it, and 1 more for its
// raw extractions. Plain-text arguments live in the record only, since
// nothing looks facts up by them through the index. Measured on the
// MEANTIME dev corpus (30 articles, 2,394 facts of which 590 graph facts)
// the whole store holds 1.86 quads per fact (4.84 with schema version 2,
// 8.05 with version 1), on the five seed articles (691 facts, 147 graph
// facts) 1.46 (4.75, 7.86), entities and documents included.
//
// A fact read again from a new document gains a source quad (and the
// sentence's text if new); its record is not rewritten. A raw extraction
// read again, in a later batch, as a graph fact becomes a node with the
// fields of that reading and its direct edge; with All the two readings
// are one fact with both sources. (Version 2 stored raw extractions as
// nodes with a gated record; a second record without gate wins over it.) An entity's mention count is
// the sum of its sg:mentions quads: later documents add a quad instead of
// replacing one. An entity's sg:evidence literal is replaced when a later
// batch explains aliases it did not (the reasons already stored stay); apart
// from that, Add deletes only the metadata of a document replaced by a new
// version.
//
// The schema version is recorded by the first Add; [Open] reads version 2
// files too (see [SchemaVersion]) and refuses a file written with another
// version (version 1, before it was recorded, has no sg:store node) with an
// error wrapping [ErrSchema] that says to rebuild it.
//
// testdata/schema.nq.golden shows the quads of the contract suite's fixture.
//
// # Storage
//
// The file is a bbolt database (go.etcd.io/bbolt, the maintained fork of
// bolt with the same file format; the original trips Go's checkptr under
// -race) holding Cayley's key-value quad store, opened by calling the
// constructors directly, not through Cayley's registry. Before handing a
// file to bbolt, which reads it through mmap and faults on a truncated one,
// Open checks its meta pages (magic, version, checksum, and that the pages
// they name lie inside the file); a fault or panic inside bbolt while
// opening becomes an error. Open waits a second for another process's lock.
//
// [OpenPostgres] keeps the same quads in PostgreSQL through Cayley's SQL
// backend (driver lib/pq, pure Go), creating its nodes and quads tables on
// first use. Two backend differences are handled: its ValueOf hashes any
// value without looking it up, so existence is checked by reading, and its
// size statistics are estimates, so emptiness and counts are read exactly.
// Cayley's SQL optimizer panics on some nested GraphQL queries; Query
// returns an error wrapping [ErrUnsupported] then.
//
// # Asking
//
// [Store.Resolve] turns a name into one entity (id, name, alias; case and
// accents ignored) or a [NameError] with the closest candidates.
// [Store.Neighbours] and [Store.Paths] answer with [Edge] values carrying
// their facts and sources; both read through the indexes only: the facts
// of an entity from the object index (sg:subject, sg:object quads), a
// path with analyze.ShortestPaths over a view that reads an entity's direct
// edges when the search reaches it.
//
// # Performance
//
// Cayley's bolt backend was measured at about 45,000 quads/s with a peak
// near 1.2 GB RSS for a million quads, memory at about 250,000 quads/s. Add
// therefore prepares the whole batch in memory, checks existence only for
// quads whose nodes all exist already, and writes it in one ApplyDeltas
// call; the schema keeps the quads per fact few. Two backend traps are
// avoided: Cayley's bloom filters (about 80 MB each, allocated on every
// open) are off, and the value buckets a batch needs are created in key
// order before the write, since bbolt creating tens of thousands of buckets
// inside one transaction is quadratic. [Store.Facts] without a filter and
// [Store.Snapshot] read the store in one sequential scan; filtered reads walk
// the indexes.
//
// BenchmarkAdd and BenchmarkFacts (synthetic facts, about 11 quads each with
// schema version 1, on 2 cores shared with other jobs, so figures varied
// 2–3× between runs) measured for 10,000 facts: Add 3,300–3,800 facts/s
// (36,000–41,000 quads/s) into memory and 750–1,450 facts/s (8,000–15,500
// quads/s) into a new file including the commit, peak RSS 335 MB; Facts
// 8,000–28,000 facts/s from memory and 3,400–7,100 facts/s from a file.
// Version 2 writes 6.4 quads for each of these facts; run after run with
// version 1 on the same loaded machine (-benchtime 3x), 10,000 facts: Add
// into a file 3,643 facts/s (3,309 with version 1), Facts from a file
// 26,898 facts/s (10,106), from memory 42,298 (24,265).
//
// # Concurrency
//
// A Store may be used from several goroutines. Reads share a lock; Add holds
// it exclusively while it reads the existing graph and writes. The bolt file
// is locked against other processes while open.
package graph
