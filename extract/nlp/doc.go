// Package nlp is storygraph's offline English NLP core: it runs the tokenizer
// and sentence splitter ([github.com/storygraph/storygraph/extract/token]), the
// part-of-speech tagger ([github.com/storygraph/storygraph/extract/tag]), the
// lemmatizer, the dependency parser
// ([github.com/storygraph/storygraph/extract/depparse]) and the entity
// recogniser ([github.com/storygraph/storygraph/extract/ner]) and returns
// annotated [Sentence] values that later stages read.
package nlp
