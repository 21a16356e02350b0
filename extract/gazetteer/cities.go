package gazetteer

import (
	"bufio"
	_ "embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

//go:embed data/cities.tsv
var citiesTSV string

// City is a city or town with at least 15,000 inhabitants, from GeoNames.
type City struct {
	Name       string // as GeoNames spells it, often the local form ("Köln", "Genève")
	Code       string // ISO 3166-1 alpha-3 code of its country, as [Place.Code]
	Population int
}

var cities = sync.OnceValue(func() map[string]City {
	m := make(map[string]City, 24000)
	sc := bufio.NewScanner(strings.NewReader(citiesTSV))
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 3 {
			continue // the file is generated and checked by the tests
		}
		pop, _ := strconv.Atoi(f[2])
		c := City{Name: f[0], Code: f[1], Population: pop}
		k := strings.ToLower(c.Name)
		if old, ok := m[k]; !ok || c.Population > old.Population {
			m[k] = c
		}
	}
	return m
})

// LookupCity returns the most populous city named surface. Like [Lookup] it
// requires an initial capital and otherwise ignores case ("Paris", "PARIS",
// not "paris"). Many city names are also words or people's names ("Nice",
// "Victoria"), so a match is evidence, not a decision. LookupCity is safe for
// concurrent use.
func LookupCity(surface string) (City, bool) {
	r, _ := utf8.DecodeRuneInString(surface)
	if !unicode.IsUpper(r) {
		return City{}, false
	}
	return getLower(cities(), surface, fold)
}

// PlaceByCode returns the country with the ISO 3166-1 alpha-3 code code
// ("UKR"), for example a [City]'s.
func PlaceByCode(code string) (Place, bool) {
	if code == "" {
		return Place{}, false
	}
	ix := table()
	i, ok := ix.codes[code]
	if !ok {
		return Place{}, false
	}
	return ix.places[i], true
}
