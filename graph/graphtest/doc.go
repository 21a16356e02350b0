// Package graphtest is the contract suite every [graph.Store] backend must
// pass, in the manner of cayley's graph/graphtest and gonum's
// graph/testgraph.
//
// A backend's test calls [TestAll] with a function that opens an empty
// store:
//
//	func TestMemory(t *testing.T) {
//		graphtest.TestAll(t, func(t *testing.T) *graph.Store {
//			s, err := graph.OpenMemory(t.Context())
//			if err != nil {
//				t.Fatal(err)
//			}
//			t.Cleanup(func() { s.Close() })
//			return s
//		})
//	}
//
// [TestFile] adds the checks that only make sense for the bolt file: data
// survives reopening, a second opener is refused, and files that are not
// storygraph databases give a clear error.
//
// The fixture ([Batch]) is made-up text, not news: two short documents about
// Ada Lovelace and Charles Babbage with hand-written facts.
package graphtest
