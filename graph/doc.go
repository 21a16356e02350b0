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
//	fact        <ID> (f + 16 hex)        sg:subject       <entity> or "text"
//	                                     sg:relation      "relation as written"
//	                                     sg:object        <entity> or "text" (if any)
//	                                     sg:confidence    xsd:double
//	                                     sg:date          "2026-01-06" ISO prefix (if any)
//	                                     sg:negated       true (only when negated)
//	                                     sg:modality      "could" ... (only when set)
//	                                     sg:extra         JSON: lemma, args, attribution,
//	                                                      granularity, trigger, surface
//	                                                      names (only when any is set)
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
// without an object have no direct edge. Several facts with the same
// subject, relation and object share one direct edge.
//
// A fact costs 5 to 9 quads (subject, relation, confidence, direct edge,
// object, and date, negation, modality, extra when set) plus one per source;
// a sentence costs 3 quads once, however many facts come from it. An entity's
// mention count is the sum of its sg:mentions quads: later documents add a
// quad instead of replacing one, so Add never deletes anything except the
// metadata of a document replaced by a new version.
//
// testdata/schema.nq.golden shows the quads of the contract suite's fixture.
//
// # Performance
//
// Cayley's bolt backend loads about 45,000 quads/s and peaks near 1.2 GB RSS
// for a million quads; memory is about 250,000 quads/s. Add therefore
// prepares the whole batch in memory and writes it in one ApplyDeltas call,
// and the schema keeps the quads per fact few. Cayley's bloom filters (about
// 80 MB each per open store) are switched off; existence checks read the
// indexes. Reads walk the subject index node by node.
//
// # Concurrency
//
// A Store may be used from several goroutines. Reads share a lock; Add holds
// it exclusively while it reads the existing graph and writes. The bolt file
// is locked against other processes while open.
package graph
