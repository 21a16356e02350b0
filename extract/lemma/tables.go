package lemma

import (
	"strings"
	"sync"
)

// irregularVerbs lists English irregular verbs as "base past participle"
// lines; slashes separate variants ("burned/burnt"). Forms equal to the base
// may repeat it.
const irregularVerbs = `
arise arose arisen
awake awoke awoken
be was/were been
bear bore borne/born
beat beat beaten
become became become
begin began begun
bend bent bent
bet bet bet
bid bid bid
bind bound bound
bite bit bitten
bleed bled bled
blow blew blown
break broke broken
breed bred bred
bring brought brought
broadcast broadcast broadcast
build built built
burn burned/burnt burned/burnt
burst burst burst
buy bought bought
cast cast cast
catch caught caught
choose chose chosen
cling clung clung
come came come
cost cost cost
creep crept crept
cut cut cut
deal dealt dealt
dig dug dug
dive dove/dived dived
do did done
draw drew drawn
dream dreamt/dreamed dreamt/dreamed
drink drank drunk
drive drove driven
dwell dwelt dwelt
eat ate eaten
fall fell fallen
feed fed fed
feel felt felt
fight fought fought
find found found
flee fled fled
fling flung flung
fly flew flown
forbid forbade forbidden
forecast forecast forecast
foresee foresaw foreseen
foretell foretold foretold
forget forgot forgotten
forgive forgave forgiven
freeze froze frozen
get got got/gotten
give gave given
go went gone
grind ground ground
grow grew grown
hang hung hung
have had had
hear heard heard
hide hid hidden
hit hit hit
hold held held
hurt hurt hurt
keep kept kept
kneel knelt knelt
know knew known
lay laid laid
lead led led
lean leant/leaned leant/leaned
leap leapt/leaped leapt/leaped
learn learnt/learned learnt/learned
leave left left
lend lent lent
let let let
lie lay lain
light lit lit
lose lost lost
make made made
mean meant meant
meet met met
mislead misled misled
mistake mistook mistaken
misunderstand misunderstood misunderstood
offset offset offset
outdo outdid outdone
overcome overcame overcome
overdo overdid overdone
overhear overheard overheard
override overrode overridden
overrun overran overrun
oversee oversaw overseen
overtake overtook overtaken
overthrow overthrew overthrown
pay paid paid
plead pled/pleaded pled/pleaded
prove proved proven/proved
put put put
quit quit quit
read read read
rebuild rebuilt rebuilt
redo redid redone
rid rid rid
ride rode ridden
ring rang rung
rise rose risen
run ran run
saw sawed sawn
say said said
see saw seen
seek sought sought
sell sold sold
send sent sent
set set set
sew sewed sewn
shake shook shaken
shed shed shed
shine shone shone
shoot shot shot
show showed shown
shrink shrank/shrunk shrunk
shut shut shut
sing sang sung
sink sank sunk
sit sat sat
slay slew slain
sleep slept slept
slide slid slid
sling slung slung
slit slit slit
speak spoke spoken
speed sped sped
spell spelt/spelled spelt/spelled
spend spent spent
spill spilt/spilled spilt/spilled
spin spun spun
spit spat spat
split split split
spoil spoilt/spoiled spoilt/spoiled
spread spread spread
spring sprang sprung
stand stood stood
steal stole stolen
stick stuck stuck
sting stung stung
stink stank stunk
stride strode stridden
strike struck struck/stricken
string strung strung
strive strove striven
swear swore sworn
sweep swept swept
swell swelled swollen
swim swam swum
swing swung swung
take took taken
teach taught taught
tear tore torn
tell told told
think thought thought
throw threw thrown
thrust thrust thrust
tread trod trodden
undergo underwent undergone
understand understood understood
undertake undertook undertaken
undo undid undone
upset upset upset
uphold upheld upheld
wake woke woken
wear wore worn
weave wove woven
wed wed wed
weep wept wept
win won won
wind wound wound
withdraw withdrew withdrawn
withhold withheld withheld
withstand withstood withstood
wring wrung wrung
write wrote written
`

// verbForms lists other irregular verb forms: third person singular,
// present participles the rules would get wrong, and contractions.
var verbForms = map[string]string{
	"is": "be", "am": "be", "are": "be", "'s": "be", "’s": "be", "'re": "be", "’re": "be",
	"'m": "be", "’m": "be", "m": "be", "s": "be", "r": "be", "re": "be", "being": "be",
	"art": "be", "ai": "be",
	"has": "have", "'ve": "have", "’ve": "have", "ve": "have", "having": "have", "hath": "have",
	"does": "do", "doing": "do", "goes": "go", "going": "go",
	"'ll": "will", "’ll": "will", "ll": "will", "wo": "will", "would": "would",
	"'d": "would", "’d": "would", "d": "would",
	"ca": "can", "could": "could", "can": "can", "might": "might", "must": "must",
	"shall": "shall", "should": "should", "will": "will", "may": "may",
	"dying": "die", "lying": "lie", "tying": "tie", "vying": "vie",
	"says": "say", "said": "say",
	"gon": "go", "wan": "want", "got": "get", "gotten": "get",
	"lit": "light", "lay": "lay", "saw": "see", "found": "find", "wound": "wind",
	"ground": "grind", "bore": "bear", "left": "leave",
}

// nounForms maps irregular and tricky plurals to their singulars.
var nounForms = map[string]string{
	"men": "man", "women": "woman", "children": "child", "feet": "foot",
	"teeth": "tooth", "mice": "mouse", "geese": "goose", "oxen": "ox",
	"lives": "life", "wives": "wife", "knives": "knife", "leaves": "leaf",
	"halves": "half", "selves": "self", "thieves": "thief", "wolves": "wolf",
	"shelves": "shelf", "loaves": "loaf", "calves": "calf", "elves": "elf",
	"crises": "crisis", "analyses": "analysis", "theses": "thesis",
	"hypotheses": "hypothesis", "diagnoses": "diagnosis", "oases": "oasis",
	"criteria": "criterion", "phenomena": "phenomenon", "bacteria": "bacterium",
	"curricula": "curriculum", "indices": "index", "appendices": "appendix",
	"matrices": "matrix", "vertices": "vertex", "cacti": "cactus", "fungi": "fungus",
	"nuclei": "nucleus", "stimuli": "stimulus", "alumni": "alumnus", "radii": "radius",
	"heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "echoes": "echo",
	"vetoes": "veto", "volcanoes": "volcano", "torpedoes": "torpedo",
	"embargoes": "embargo", "cargoes": "cargo", "mosquitoes": "mosquito", "tornadoes": "tornado",
	"dominoes": "domino", "gases": "gas", "aliases": "alias", "biases": "bias",
	"atlases": "atlas", "canvases": "canvas", "quizzes": "quiz", "buses": "bus",
	"movies": "movie", "cookies": "cookie", "calories": "calorie", "zombies": "zombie",
	"rookies": "rookie", "brownies": "brownie", "prairies": "prairie", "hoodies": "hoodie",
	"selfies": "selfie", "genies": "genie", "pixies": "pixie", "aunties": "auntie",
	"goalies": "goalie", "veggies": "veggie", "smoothies": "smoothie", "sweeties": "sweetie",
	"lies": "lie", "ties": "tie", "pies": "pie", "dies": "die",
	"headaches": "headache", "caches": "cache", "niches": "niche", "clichés": "cliché",
	"pm": "p.m.", "am": "a.m.", "p.m": "p.m.", "a.m": "a.m.", "etc": "etc.",
	"mins": "minute", "hrs": "hour", "yrs": "year", "lbs": "pound",
	"dice": "die", "pence": "penny",
}

// invariantNouns end in s but are singular or uncountable.
var invariantNouns = setOf(`news series species means economics politics physics
mathematics ethics athletics gymnastics headquarters lens gas bias atlas alias
canvas chaos ethos pathos cosmos thermos bus yes plus status virus campus bonus
census chorus consensus focus apparatus impetus prospectus stimulus syllabus
nucleus genus surplus corpus octopus circus fetus sinus walrus hippopotamus
crisis analysis basis thesis tennis axis iris chassis diagnosis emphasis
hypothesis oasis synopsis paralysis dialysis prognosis this his its us
glasses pants jeans scissors thanks clothes riches savings arms
diabetes herpes rabies measles mumps billiards darts dominoes
overseas whereabouts gallows barracks crossroads species
kudos mathematics linguistics logistics statistics aerobics
texas kansas christmas pancreas`)

// pronounForms maps pronoun forms to the EWT lemma.
var pronounForms = map[string]string{
	"i": "I", "me": "I", "my": "my", "mine": "my", "myself": "myself",
	"you": "you", "your": "your", "yours": "your", "yourself": "yourself", "yourselves": "yourself",
	"he": "he", "him": "he", "his": "his", "himself": "himself",
	"she": "she", "her": "she", "hers": "her", "herself": "herself",
	"it": "it", "its": "its", "itself": "itself",
	"we": "we", "us": "we", "our": "our", "ours": "our", "ourselves": "ourselves",
	"they": "they", "them": "they", "their": "their", "theirs": "their",
	"themselves": "themselves", "'s": "we", "u": "you", "ya": "you", "y'all": "you",
	"these": "this", "those": "that", "thee": "thou", "ye": "you",
}

// detForms maps determiner forms to the EWT lemma.
var detForms = map[string]string{
	"an": "a", "these": "this", "those": "that",
}

// partForms maps particles (negation, possessive, infinitival "to").
var partForms = map[string]string{
	"n't": "not", "n’t": "not", "nt": "not", "not": "not",
	"'s": "'s", "’s": "'s", "s": "'s", "'": "'s", "’": "'s", "`s": "'s",
	"na": "to", "ta": "to", "to": "to",
}

// adjForms maps irregular comparatives and superlatives.
var adjForms = map[string]string{
	"better": "good", "best": "good", "worse": "bad", "worst": "bad",
	"more": "more", "most": "most", "less": "less", "least": "least",
	"elder": "old", "eldest": "old",
}

// advForms maps irregular adverb comparatives.
var advForms = map[string]string{
	"better": "well", "best": "well", "worse": "badly", "worst": "badly",
	"later": "late", "latest": "late", "earlier": "early", "earliest": "early",
	"longer": "long", "longest": "long", "sooner": "soon", "soonest": "soon",
	"harder": "hard", "faster": "fast",
	"closer": "close", "higher": "high", "lower": "low", "more": "more", "most": "most",
	"less": "less", "least": "least",
}

// punctForms maps quotes and dashes to the EWT lemma.
var punctForms = map[string]string{
	"“": `"`, "”": `"`, "„": `"`, "«": `"`, "»": `"`, "``": "''", "’’": "''", "‘’": "''",
	"‘": "'", "’": "'", "—": "-", "–": "-", "―": "-",
}

// numForms maps number abbreviations to words.
var numForms = map[string]string{
	"k": "thousand", "m": "million", "mn": "million", "b": "billion", "bn": "billion",
	"tr": "trillion",
}

// gradable lists short adjectives and adverbs that inflect with -er/-est;
// only their inflections are stripped, so "other" and "honest" stay.
var gradable = setOf(`big small large great high low long short old young new
fast slow cheap hard easy deep broad close rich poor tight weak strong safe
strict light dark clean clear few wide narrow thin thick hot cold warm cool
nice fine late early tough rough smart quick soft loud quiet bright heavy
happy busy angry funny pretty ugly lucky healthy wealthy simple gentle noble
brave wise wild mild calm fresh sharp flat full small tall fat slim sad mad
glad red black white brown green grey gray dear dry wet firm fair plain pure
rare ripe rude sick sure tiny true vast keen lean mean near neat proud rapid
steep sweet tame vague weird grand harsh dense bold blunt brief crude dull
dumb faint fierce hardy hungry lazy lonely lovely risky scary sexy silly
sleepy tasty thirsty tidy wacky wary witty costly deadly friendly likely
lively ugly crazy dirty empty fancy guilty handy hasty messy muddy noisy
rocky shaky shiny slippery sloppy sneaky steady sturdy sunny tricky wealthy
worthy cute huge large loose nice rare ripe safe strange wide brave close
able humble`)

func setOf(words string) map[string]bool {
	m := make(map[string]bool)
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// verbTable returns the map from irregular past and participle forms to
// their base, built once from irregularVerbs and verbForms.
var verbTable = sync.OnceValue(func() map[string]string {
	m := make(map[string]string, 600)
	for _, line := range strings.Split(irregularVerbs, "\n") {
		f := strings.Fields(line)
		if len(f) != 3 {
			continue
		}
		for _, forms := range f[1:] {
			for _, form := range strings.Split(forms, "/") {
				if form != f[0] {
					if _, dup := m[form]; !dup {
						m[form] = f[0]
					}
				}
			}
		}
	}
	for k, v := range verbForms {
		m[k] = v
	}
	return m
})

// irregularBase reports whether w is the base of an irregular verb; the
// suffix rules leave such bases alone ("bring", "sing", "need").
var irregularBase = sync.OnceValue(func() map[string]bool {
	m := make(map[string]bool, 200)
	for _, line := range strings.Split(irregularVerbs, "\n") {
		if f := strings.Fields(line); len(f) == 3 {
			m[f[0]] = true
		}
	}
	return m
})
