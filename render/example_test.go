package render_test

import (
	"context"
	"fmt"
	"os"
	"strings"

	"github.com/storygraph/storygraph/extract"
	"github.com/storygraph/storygraph/graph/timeline"
	"github.com/storygraph/storygraph/render"
)

func ExampleMapDOT() {
	ents := []extract.Entity{
		{ID: "e:person:ada_vale", Name: "Ada Vale", Type: "PERSON", Mentions: 3},
		{ID: "e:org:quay_co", Name: "Quay & Co", Type: "ORG", Mentions: 1},
	}
	facts := []extract.Fact{{
		ID: "f1", Subject: "Ada Vale", SubjectID: "e:person:ada_vale", Relation: "founded",
		Object: "Quay & Co", ObjectID: "e:org:quay_co",
		Sources: []extract.Source{{Doc: "d1", Sentence: "Ada Vale founded Quay & Co."}},
	}}
	dot, err := render.MapDOT(ents, facts, render.MapOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Print(string(dot))
	// Output:
	// digraph storygraph {
	// 	graph [layout="dot", rankdir=LR, nodesep=0.3, ranksep=0.6, bgcolor="white", fontname="Helvetica", pad=0.2];
	// 	node [fontname="Helvetica", fontsize=11, style=filled, penwidth=1.2];
	// 	edge [fontname="Helvetica", fontsize=9, color="#7a7a7a", fontcolor="#333333", arrowsize=0.7];
	// 	// 2 nodes, 1 edge, 0 facts not drawn
	// 	"e:org:quay_co" [id="n0", label="Quay &amp; Co", shape=box, style="filled,rounded", fillcolor="#fde0c5", color="#2f5d9b", fontsize=15, tooltip="Quay &amp; Co (ORG); 1 mention in 0 documents"];
	// 	"e:person:ada_vale" [id="n1", label="Ada Vale", shape=ellipse, style="filled", fillcolor="#fde0c5", color="#b5651d", fontsize=15, tooltip="Ada Vale (PERSON); 3 mentions in 0 documents"];
	// 	"e:person:ada_vale" -> "e:org:quay_co" [id="e0", label="founded", tooltip="Ada Vale founded Quay &amp; Co: “Ada Vale founded Quay &amp; Co.” [d1]"];
	// 	legend [id="legend", shape=plaintext, style="", fontsize=9, label=<<table border="0" cellborder="1" cellspacing="0" cellpadding="3" color="#bbbbbb"><tr><td colspan="2" align="left"><b>groups (colour)</b></td></tr><tr><td bgcolor="#fde0c5" width="14"> </td><td align="left">Quay &amp; Co</td></tr><tr><td colspan="2" align="left"><b>kinds (shape)</b></td></tr><tr><td align="left">box</td><td align="left">org</td></tr><tr><td align="left">ellipse</td><td align="left">person</td></tr><tr><td colspan="2" align="left">thick edge: more documents</td></tr><tr><td colspan="2" align="left">dashed edge: hedged or denied</td></tr><tr><td colspan="2" align="left">×N: stated in N sentences</td></tr><tr><td colspan="2" align="left">+K: K more facts in the tooltip</td></tr></table>>];
	// }
}

func ExampleMap() {
	ents := []extract.Entity{
		{ID: "e:person:ada_vale", Name: "Ada Vale", Type: "PERSON", Mentions: 3},
		{ID: "e:gpe:port_ellis", Name: "Port Ellis", Type: "GPE", Mentions: 2},
	}
	facts := []extract.Fact{{
		Subject: "Ada Vale", SubjectID: "e:person:ada_vale", Relation: "visited",
		Object: "Port Ellis", ObjectID: "e:gpe:port_ellis",
	}}
	svg, err := render.Map(context.Background(), render.Graphviz(), ents, facts, render.MapOptions{Focus: "ada vale"}, "svg")
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(strings.Contains(string(svg), "<svg"), strings.Contains(string(svg), ">Port Ellis</text>"))
	// Output: true true
}

func ExampleTimelineSVG() {
	tl := timeline.Timeline{Events: []timeline.Event{
		{Date: "2026-01-05", Subject: "Ada Vale", Relation: "opened", Object: "the quay", Corroboration: 2},
		{Date: "2025", Subject: "Quay & Co", Relation: "was founded", Corroboration: 1},
	}}
	svg, err := render.TimelineSVG(context.Background(), nil, tl)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := string(svg)
	fmt.Println(strings.Index(s, ">2025<") < strings.Index(s, ">5 Jan 2026<"), strings.Contains(s, "Quay &amp; Co was founded"))
	// Output: true true
}

func ExampleWriteMarkdown() {
	r := render.Report{
		Title:     "Quay story",
		Generated: "2026-01-07",
		Documents: []render.DocInfo{{ID: "d1", Title: "Quay opens", Source: "Ellis Post", Published: "2026-01-05"}},
		Entities:  []extract.Entity{{ID: "e:person:ada_vale", Name: "Ada Vale", Type: "PERSON", Mentions: 1, Docs: []string{"d1"}}},
		Facts: []extract.Fact{{Subject: "Ada Vale", Relation: "opened", Object: "the quay",
			Sources: []extract.Source{{Doc: "d1", Sentence: "Ada Vale opened the quay."}}}},
	}
	if err := render.WriteMarkdown(os.Stdout, r); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Quay story
	//
	// _1 article from Ellis Post · published 5 Jan 2026 · 1 entity · 1 fact · 0 dated events · generated 2026-01-07_
	//
	// ## What happened
	//
	// _No events._
	//
	// ## Key actors
	//
	// - **Ada Vale** (PERSON) — 1 article, 1 fact
	//
	// ## Relationship map
	//
	// _None._
	//
	// ## Timeline
	//
	// _None._
	//
	// ### Dated events
	//
	// _None._
	//
	// ### Undated events
	//
	// _None._
	//
	// ## Entities
	//
	// | Name | Type | Also called | Articles | Mentions | Facts |
	// |---|---|---|---:|---:|---:|
	// | Ada Vale | PERSON |  | 1 | 1 | 1 |
	//
	// ## Facts by entity
	//
	// ### Ada Vale (PERSON)
	//
	// 1. **Ada Vale** opened **the quay** (1 source)
	//    > **Ada Vale** opened **the quay**. — Quay opens (Ellis Post, 5 Jan 2026)
	//
	// ## Sources
	//
	// | Title | Outlet | Published | ID | URL | Copies |
	// |---|---|---|---|---|---|
	// | Quay opens | Ellis Post | 5 Jan 2026 | d1 |  |  |
}
