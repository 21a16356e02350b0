package token

import "strings"

// abbrevKind says how an abbreviation followed by a period behaves at a
// possible sentence end.
type abbrevKind uint8

const (
	notAbbrev abbrevKind = iota
	// titleAbbrev precedes a name or number and never ends a sentence
	// ("Mr.", "Gen.", "No.").
	titleAbbrev
	// finalAbbrev may end a sentence ("Inc.", "Jr.", "Fla.", "Dec.", "etc.").
	finalAbbrev
)

// abbrevs lists the period abbreviations of news English, case-sensitive.
// Forms with internal periods ("U.S.", "a.m.") need no entry: any word of
// short dotted segments keeps its final period.
var abbrevs = map[string]abbrevKind{
	// Titles and ranks.
	"Mr": titleAbbrev, "Mrs": titleAbbrev, "Ms": titleAbbrev, "Messrs": titleAbbrev,
	"Mmes": titleAbbrev, "Mme": titleAbbrev, "Dr": titleAbbrev, "Prof": titleAbbrev,
	"Gen": titleAbbrev, "Lt": titleAbbrev, "Col": titleAbbrev, "Maj": titleAbbrev,
	"Capt": titleAbbrev, "Sgt": titleAbbrev, "Cpl": titleAbbrev, "Pvt": titleAbbrev,
	"Adm": titleAbbrev, "Cmdr": titleAbbrev, "Cdr": titleAbbrev, "Brig": titleAbbrev,
	"Rep": titleAbbrev, "Reps": titleAbbrev, "Sen": titleAbbrev, "Sens": titleAbbrev,
	"Gov": titleAbbrev, "Govs": titleAbbrev, "Pres": titleAbbrev, "Amb": titleAbbrev,
	"Rev": titleAbbrev, "Hon": titleAbbrev, "Fr": titleAbbrev, "Supt": titleAbbrev,
	"Insp": titleAbbrev, "Det": titleAbbrev, "Atty": titleAbbrev, "Sec": titleAbbrev,
	"Dept": finalAbbrev, "Mt": titleAbbrev, "Ft": titleAbbrev, "St": titleAbbrev,
	"Ste": titleAbbrev, "Gens": titleAbbrev, "Lieut": titleAbbrev, "Cmdt": titleAbbrev,
	"Sgts": titleAbbrev, "Drs": titleAbbrev, "Profs": titleAbbrev,
	"vs": titleAbbrev, "Vs": titleAbbrev, "v": titleAbbrev, "cf": titleAbbrev,
	"Nos": titleAbbrev, "nos": titleAbbrev, "Fig": titleAbbrev, "fig": titleAbbrev,
	"Vol": titleAbbrev, "vol": titleAbbrev, "pp": titleAbbrev, "Art": titleAbbrev,
	"approx": titleAbbrev, "Approx": titleAbbrev, "ca": titleAbbrev, "Ch": titleAbbrev,
	// Name suffixes and company forms.
	"Jr": finalAbbrev, "Sr": finalAbbrev, "Inc": finalAbbrev, "Corp": finalAbbrev,
	"Co": finalAbbrev, "Cos": finalAbbrev, "Ltd": finalAbbrev, "Bros": finalAbbrev,
	"Mfg": finalAbbrev, "Assn": finalAbbrev, "Intl": finalAbbrev, "Univ": finalAbbrev,
	"Ave": finalAbbrev, "Blvd": finalAbbrev, "Rd": finalAbbrev, "Hwy": finalAbbrev,
	"Esq": finalAbbrev, "Plc": finalAbbrev, "Pty": finalAbbrev, "Dist": finalAbbrev,
	"etc": finalAbbrev, "al": finalAbbrev, "Ph": finalAbbrev, "Ed": finalAbbrev,
	"est": finalAbbrev, "ed": finalAbbrev, "eds": finalAbbrev,
	// Months.
	"Jan": finalAbbrev, "Feb": finalAbbrev, "Mar": finalAbbrev, "Apr": finalAbbrev,
	"Jun": finalAbbrev, "Jul": finalAbbrev, "Aug": finalAbbrev, "Sep": finalAbbrev,
	"Sept": finalAbbrev, "Oct": finalAbbrev, "Nov": finalAbbrev, "Dec": finalAbbrev,
	// Weekdays.
	"Mon": finalAbbrev, "Tue": finalAbbrev, "Tues": finalAbbrev, "Wed": finalAbbrev,
	"Thu": finalAbbrev, "Thur": finalAbbrev, "Thurs": finalAbbrev, "Fri": finalAbbrev,
	"Sat": finalAbbrev,
	// U.S. states (AP style).
	"Ala": finalAbbrev, "Ariz": finalAbbrev, "Ark": finalAbbrev, "Calif": finalAbbrev,
	"Colo": finalAbbrev, "Conn": finalAbbrev, "Del": finalAbbrev, "Fla": finalAbbrev,
	"Ga": finalAbbrev, "Ill": finalAbbrev, "Ind": finalAbbrev, "Kan": finalAbbrev,
	"Kans": finalAbbrev, "Ky": finalAbbrev, "La": finalAbbrev, "Md": finalAbbrev,
	"Mass": finalAbbrev, "Mich": finalAbbrev, "Minn": finalAbbrev, "Miss": finalAbbrev,
	"Mo": finalAbbrev, "Mont": finalAbbrev, "Neb": finalAbbrev, "Nev": finalAbbrev,
	"Okla": finalAbbrev, "Ore": finalAbbrev, "Pa": finalAbbrev, "Penn": finalAbbrev,
	"Tenn": finalAbbrev, "Tex": finalAbbrev, "Va": finalAbbrev, "Vt": finalAbbrev,
	"Wash": finalAbbrev, "Wis": finalAbbrev, "Wisc": finalAbbrev, "Wyo": finalAbbrev,
	"Ida": finalAbbrev, "Ont": finalAbbrev, "Que": finalAbbrev, "Alta": finalAbbrev, "Sask": finalAbbrev,
}

// numberAbbrevs are abbreviations of a reference to a numbered part ("No.
// 10", "Art. 5", "Fig. 3", "Vol. II"), which are also words that end
// names ("the Museum of Modern Art.", "Fig"): abbreviations only before
// a number.
var numberAbbrevs = map[string]bool{"No": true, "no": true, "Nr": true, "Nos": true, "nos": true,
	"Art": true, "Fig": true, "fig": true, "Vol": true, "vol": true, "pp": true, "Ch": true}

// isAbbrev reports whether w followed by a period is an abbreviation; rest is
// the text after the period. "No", "Art" and the other numberAbbrevs count
// only before a number ("No. 10", "Art. 5", "Vol. IV").
func isAbbrev(w, rest string) bool {
	if numberAbbrevs[w] {
		rest = strings.TrimLeft(rest, " \u00a0")
		if rest != "" && '0' <= rest[0] && rest[0] <= '9' {
			return true
		}
		n := 0
		for n < len(rest) && strings.IndexByte("IVXLC", rest[n]) >= 0 {
			n++
		}
		// "Vol. IV", not "Art. I think" (a sentence's "I") nor "No. It"
		return n > 0 && (n == len(rest) || !isLetter(rest[n])) && (n > 1 || rest[0] != 'I') && w != "No" && w != "no"
	}
	if len(w) > 6 {
		return false
	}
	return abbrevs[w] != notAbbrev
}

// abbrevKindOf classifies a token that ends with a period (other than a lone
// "."): initials and titles never end a sentence before a name; other
// abbreviations and dotted forms ("U.S.") may.
func abbrevKindOf(tok string) abbrevKind {
	w := tok[:len(tok)-1]
	if w == "No" || w == "no" || w == "Nr" {
		return titleAbbrev
	}
	if k, ok := abbrevs[w]; ok {
		return k
	}
	return finalAbbrev
}

// startWords are capitalised words that begin sentences and rarely follow an
// abbreviation inside one: after "U.S." or "Inc.", they signal a new
// sentence.
var startWords = map[string]bool{
	"The": true, "A": true, "An": true, "He": true, "She": true, "It": true,
	"They": true, "We": true, "I": true, "You": true, "His": true, "Her": true,
	"Its": true, "Their": true, "Our": true, "My": true, "This": true,
	"That": true, "These": true, "Those": true, "There": true, "But": true,
	"And": true, "Or": true, "So": true, "Yet": true, "However": true,
	"In": true, "On": true, "At": true, "For": true, "From": true, "By": true,
	"With": true, "After": true, "Before": true, "When": true, "While": true,
	"As": true, "If": true, "Although": true, "Though": true, "Because": true,
	"Meanwhile": true, "Still": true, "Also": true, "Then": true, "Now": true,
	"Some": true, "Many": true, "Most": true, "All": true, "Both": true,
	"Each": true, "Such": true, "Other": true, "Another": true, "Several": true,
	"During": true, "Since": true, "Under": true, "Over": true, "According": true,
	"Earlier": true, "Later": true, "What": true, "Why": true, "How": true,
	"Who": true, "Where": true, "Which": true, "Despite": true, "Instead": true,
	"Officials": true, "Nor": true, "Neither": true, "Not": true, "Once": true,
	"Until": true, "Unlike": true, "Among": true, "Asked": true, "Further": true,
	"Furthermore": true, "Moreover": true, "Indeed": true, "Thus": true,
	"Here": true, "Last": true, "Next": true, "Today": true, "Yesterday": true,
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' }
