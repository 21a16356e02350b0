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
// quads that several documents support (entity names, fact fields, direct
// edges).
//
//	node        IRI                      predicate        object                          label
//	----------  -----------------------  ---------------  ------------------------------  --------
//	document    <doc:ID>                 sg:hash          "hex SHA-256 of the text"       <doc:ID>
//	                                     sg:title         "title" (if any)                <doc:ID>
//	                                     sg:url           "url" (if any)                  <doc:ID>
//	                                     sg:outlet        "outlet" (Document.Source)      <doc:ID>
//	                                     sg:published     xsd:dateTime (if known)         <doc:ID>
//	                                     sg:dateFrom      "meta", "text", ... (if any)    <doc:ID>
//	entity      <ID> (e:type:name)       sg:name          "canonical name"
//	                                     sg:type          "PERSON", "ORG", ...
//	                                     sg:alias         "alias" (one quad each)
//	                                     sg:role          "role" (one quad each)
//	                                     sg:mentionedIn   <doc:ID> (one quad each)
//	                                     sg:mentions      xsd:integer                     <doc:first new doc>
//	                                     sg:evidence      JSON: why each alias joined
//	                                                      (alias, kind, score, with, doc;
//	                                                      only when any)
//	fact        <ID> (f + 16 hex)        sg:subject       <entity> or "text"
//	                                     sg:relation      "relation as written"
//	                                     sg:object        <entity> or "text" (if any)
//	                                     sg:confidence    xsd:double
//	                                     sg:date          "2026-01-06" ISO prefix (if any)
//	                                     sg:negated       true (only when negated)
//	                                     sg:modality      "could" ... (only when set)
//	                                     sg:extra         JSON: lemma, args, attribution,
//	                                                      granularity, trigger, surface
//	                                                      names, gate (only when any is set)
//	                                     sg:source        <sent:DOC#OFFSET> (one each)    <doc:DOC>
//	sentence    <sent:DOC#OFFSET>        sg:text          "sentence text"                 <doc:DOC>
//	                                     sg:doc           <doc:DOC>                       <doc:DOC>
//	                                     sg:offset        xsd:integer byte offset         <doc:DOC>
//	direct edge <subject of the fact>    <relation>       <object of the fact>
//
// The direct edge makes path queries read like the story:
//
//	g.V("<e:person:ada_lovelace>").Out("<meet>").Out("<sg:name>").All()
//
// Its predicate is the fact's relation lemma (or the lower-cased relation)
// with spaces as "_", prefixed "not_" when negated and with the modality when
// there is one: "meet", "not_sign", "could_visit", "would_not_attend". Facts
// without an object, and raw extractions kept out of the graph level (a
// non-empty [extract.Fact.Gate]), have no direct edge. Several facts with the same
// subject, relation and object share one direct edge.
//
// A fact costs 5 to 9 quads (subject, relation, confidence, direct edge,
// object, and date, negation, modality, extra when set) plus one per source;
// a sentence costs 3 quads once, however many facts come from it. An entity's
// mention count is the sum of its sg:mentions quads: later documents add a
// quad instead of replacing one. An entity's sg:evidence literal is
// replaced when a later batch explains aliases it did not (the reasons
// already stored stay); apart from that, Add deletes only the metadata of a
// document replaced by a new version.
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
// # Performance
//
// Cayley's bolt backend was measured at about 45,000 quads/s with a peak
// near 1.2 GB RSS for a million quads, memory at about 250,000 quads/s. Add
// therefore prepares the whole batch in memory, checks existence only for
// quads whose nodes all exist already, and writes it in one ApplyDeltas
// call; the schema keeps the quads per fact few (about 11 per fact in the
// benchmark, entities and documents included). Two backend traps are
// avoided: Cayley's bloom filters (about 80 MB each, allocated on every
// open) are off, and the value buckets a batch needs are created in key
// order before the write, since bbolt creating tens of thousands of buckets
// inside one transaction is quadratic. [Store.Facts] without a filter and
// [Store.Snapshot] read the store in one sequential scan; filtered reads walk
// the indexes.
//
// BenchmarkAdd and BenchmarkFacts (synthetic facts, about 11 quads each, on
// 2 cores shared with other jobs, so figures varied 2–3× between runs)
// measured for 10,000 facts: Add 3,300–3,800 facts/s (36,000–41,000
// quads/s) into memory and 750–1,450 facts/s (8,000–15,500 quads/s) into a
// new file including the commit, peak RSS 335 MB; Facts 8,000–28,000
// facts/s from memory and 3,400–7,100 facts/s from a file.
//
// # Concurrency
//
// A Store may be used from several goroutines. Reads share a lock; Add holds
// it exclusively while it reads the existing graph and writes. The bolt file
// is locked against other processes while open.
package graph
