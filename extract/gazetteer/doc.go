// Package gazetteer knows the world's countries, their capitals, demonyms,
// abbreviations and other names, plus a few continents, regions and
// international organisations, so that "British", "U.K." and "Britain" all
// lead to the United Kingdom and "Kyiv" to Ukraine.
//
// The country data is generated from the world-countries package
// (mledoze/countries, ODbL-1.0; see data/NOTICE) by the tool in
// internal/gen; data/supplement.tsv adds, by hand, what that data lacks:
// short abbreviations used in news ("US", "UK", "EU"), colloquial names
// ("America", "Britain"), continents and regions with their adjectives
// ("Europe"/"European", "the West"/"Western") and organisations (NATO, the
// EU, the UN). Both files are embedded; the tables are built once, on first
// use, and are safe for concurrent use.
//
// [LookupCity] knows about 23,000 cities and towns of 15,000 inhabitants or
// more (GeoNames, CC BY 4.0), with their countries; [GivenName] knows common
// English given names and [GivenNameSex] which of them are given to one sex
// only; [Title] knows titles written before names
// ("President", "Dr.", from the shared lexicon of extract/lexicon).
//
// [MatchOrgName] knows about 23,000 names of universities and colleges,
// brands, companies and software, and airlines, generated from npm data
// packages with permissive licences (internal/gen/orgnames, data/NOTICE).
//
// [OrgCanonical] knows the other names of well-known organisations that
// name them alone in news text ("the Fed", "UAW", "S&P 500";
// data/org-aliases.tsv, hand-curated), and [OrgNameStart] the first words
// of those of several words.
//
// [Lookup] answers one surface form. It is a lexicon, not a recogniser: it
// does not decide whether "Georgia" or "Jordan" in a sentence is a place.
package gazetteer
