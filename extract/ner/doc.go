// Package ner is storygraph's named-entity recogniser: it tags the words of
// a sentence with PERSON, ORG and LOC entities in BIO form ("B-PERSON",
// "I-PERSON", "O", ...).
//
// # Model
//
// The recogniser is a structured averaged perceptron (Collins 2002) with
// first-order Viterbi decoding: each word's score for a tag is the sum of
// its static features' weights plus transition features that pair the
// previous tag with the tag itself, the word and its short shape. An I- tag
// is only ever emitted after a B- or I- tag of its type. After training, a
// bias against O is tuned on the dev split, evening out precision and
// recall. Static features are the word, its lower case, shape ("Xxxx",
// "dd.dd") and short shape, prefixes and suffixes, the words, shapes and
// Penn tags of a five-word window, whether the words are in the
// [gazetteer] (countries, capitals, demonyms, organisations; multi-word
// names matched longest first), are common given names or surnames,
// cities, states and regions, well-known organisations, the generated
// organisation names (universities, brands, airlines) by class, or titles written
// before names ("President"), whether the word or one within three words of
// it in a name marks the name's type ("Inc.", "University", "Street",
// "Cafe"), the run of
// capitalised words a word is in, how each word was capitalised in the
// training text, a sentence-initial flag and a headline flag. Every feature
// is hashed (FNV-1a, then a splitmix64 mix with the template number) into a
// fixed table of 2^17 rows of weights, so the model is small and scoring
// never allocates. A tenth of the training sentences are seen without Penn
// tags, so the model degrades gracefully when a caller has none.
//
// The shipped model is trained on Penn tags from 4-fold jackknifed taggers
// (so it sees tagging errors like those at run time); the number of passes
// and the O bias are chosen on the dev split, then the final weights are
// the average of seven models trained on train and dev together with
// different shuffles.
//
// # Documents
//
// [Model.RecognizeDocument] tags the sentences of one text with the
// sentence model. A model file may also hold a second pass (stacking,
// Krishnan and Manning 2006; stack.go, `storygraph-train -ner-stack 5`;
// the shipped model has none): a second model with the same features plus
// document features tags the sentences again. The document features of
// a word say what the first pass made of the same word elsewhere in the
// text (its type counts, as written and in lower case), of the name the
// word is in, of the same run of capitalised words, of longer names that
// begin or end with the word, and of names whose initials the word
// spells, each as the majority type, the share tagged and a count. The
// second model learns from training documents tagged by sentence models
// trained on the other four fifths of them (jackknifing), so that its
// first-pass tags are as wrong as at run time.
//
// Then the tags are made to agree by rules: a name takes the
// type it has most often in the text, and a repeat the sentence model left
// untagged is tagged like the name — the same capitalised words, a
// sentence-initial word aside; the initials of a name of several words
// ("HANO"); the name in lower case, unless the training text writes one of
// its words so; a person's surname alone after the full name; an
// organisation's name without its legal form ("Velmora" after "Velmora
// Ltd."). Before that, known organisations of several capitalised words
// that the sentence model missed are tagged ORG: a run tagged O that is
// in full such a name ("Best Buy"), and such names that begin with a word
// used as a title ("General Motors", "Premier League"), which the model,
// trained on few of them, takes for a title and a person. Products' and
// events' names, which are none of the three types, are taken out of
// PERSON and LOC before and after the pass: a PERSON name holding a
// product marker ("OS", "iPhone", "3GS", "10.4") and the code names after
// such a marker ("Lion" after "Mac OS X Lion") anywhere in the text; a
// LOC name written with a capital inside a word ("PowerPC"); a name
// ending in an event noun ("Paris Summit", "Climate Conference") and the
// event noun alone in lower case or after a capitalised word; a storm's
// name ("Storm Edda") and its name alone. Organisations' names the model
// missed on news are tagged ORG from the words they end in and the words
// around them ("Westsound Lines said", "drugmaker Nolvex Therapeutics",
// "the utility, Sierra West Power,", "Lumen/B-PERSON Devices"; orgs.go), a
// common noun opening a sentence loses its PERSON tag ("Turnout was 74
// percent"), and a word whose demonym the text writes and a dateline's
// word are places ("Corvania" beside "Corvanian", "HALVERN , March 3";
// places.go). The NLP core annotates
// articles this way, and [Evaluate] scores so.
//
// # Data
//
// [Train] learns from UniversalNER English EWT (Mayhew et al., NAACL 2024;
// CC BY-SA 4.0). Its release training split was not available, so training
// reads the 2022 draft, cleaning it on the way: UNER's PER becomes PERSON,
// the draft's OTH entities and stray "B-O" tags become O, and an I- tag that
// does not continue an entity becomes B-. Sentences are joined by sent_id
// (not position) to UD English EWT for gold Penn tags, or tagged by the
// tagger. UNER's LOC covers countries and cities as well as other places, so
// the recogniser's LOC does too; demonyms ("French") are not entities.
//
// Scores (micro-averaged exact-span F1 on the UNER test split) are recorded
// in each model's header and in README.md.
//
// # Use
//
// [Load] reads a model file (extract/model/en embeds the English one);
// [Model.Recognize] tags one tokenised sentence given its Penn tags. A
// Model is immutable and safe for concurrent use.
package ner
