package seedeval_test

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/storygraph/storygraph/extract/nlp"
	"github.com/storygraph/storygraph/extract/temporal"
)

// dateClasses are texts written for these tests, one class of dating
// error each: the date the clause of verb (a word of the last sentence,
// its n-th occurrence when written "word#n") must get, read with a
// Context over all sentences in order, published on ref.
var dateClasses = []struct {
	class string
	ref   string
	text  string
	verb  string
	want  string
}{
	{"relative year from the reference, not from the month's own reading", "2026-06-15",
		"Sales fell sharply in April last year.", "fell", "2025-04"},
	{"relative year: month and day", "2026-06-15",
		"The plant closed on March 3 last year.", "closed", "2025-03-03"},
	{"relative year: of next year", "2026-06-15",
		"The bridge will reopen in May of next year.", "reopen", "2027-05"},
	{"relative year inside a relative clause", "2026-06-15",
		"The company, which opened its first store in April last year, employs 500 people.", "opened", "2025-04"},
	{"a finer date beside a coarser one", "2026-06-15",
		"Last year the governor visited the valley in May.", "visited", "2025-05"},
	{"the next hearing is ahead even in a past clause", "2026-01-07",
		"He was released on bail until the next hearing on April 19.", "released", "2026-04-19"},
	{"a future deadline with by in a passive", "2026-01-07",
		"The mayor said on Monday that repairs would be finished by September 30.", "finished", "2026-09-30"},
	{"future tense takes the next September 30", "2026-10-07",
		"The firm will file its accounts by September 30.", "file", "2027-09-30"},
	{"the clause's own date over the previous sentence's day", "2026-01-07",
		"Rescuers searched the rubble on Tuesday. In 2019 a smaller quake hit the valley.", "hit", "2019"},
	{"an explicit weekday and date over the publication date", "2022-11-12",
		"On Thursday, November 10th, the council voted to rebuild the school.", "voted", "2022-11-10"},
	{"coordinated months: the second one dates its own clause", "2026-01-07",
		"The plant opened in March and closed in June.", "closed", "2025-06"},
	{"inherited day stops at a clause with a date of its own", "2026-01-07",
		"The quake struck on Tuesday. Officials said the dam had been built in 1985.", "built", "1985"},
	// a state in the simple past is background: it does not inherit the
	// day of the previous sentence ("" means undated)
	{"a state does not inherit the day in focus: live", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She lived with her sister.", "lived", ""},
	{"a state does not inherit the day in focus: own", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She owned two shops in the town.", "owned", ""},
	{"a state does not inherit the day in focus: worked as", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She worked as a nurse at the Arnstead clinic.", "worked", ""},
	{"a state does not inherit the day in focus: stored", "2026-12-04",
		"A fire destroyed the Lindqvist warehouse on Monday night. The warehouse stored furniture for a local firm.", "stored", ""},
	{"a state does not inherit the day in focus: studied at", "2026-12-04",
		"On Wednesday, the Oslund council dismissed its treasurer. He studied economics at Tellwater University.", "studied", ""},
	{"a state does not inherit the day in focus: grew up", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She grew up in Tarsk.", "grew", ""},
	{"a state does not inherit the day in focus: was born", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She was born in a village near Tarsk.", "born", ""},
	{"a state does not inherit the day in focus: had two children", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Solvik had two children.", "had", ""},
	{"a state does not inherit the day in focus: had a criminal record", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Her brother had a criminal record.", "had", ""},
	{"had talks is an event", "2026-12-04",
		"The ministers met in Velby on Tuesday. They had talks on trade.", "had", "2026-12-01"},
	{"working for hours is an event", "2026-12-04",
		"A lorry overturned on the E6 on Monday. Rescuers worked for hours to free the driver.", "worked", "2026-11-30"},
	{"containing a fire is an event", "2026-12-04",
		"A fire broke out at the Velby mill on Monday. Firefighters contained the blaze.", "contained", "2026-11-30"},
	{"occupying a square is an event", "2026-12-04",
		"Thousands of students protested in Velby on Monday. They occupied the main square.", "occupied", "2026-11-30"},
	{"a passive raise of a thing is an event", "2026-12-04",
		"The board met on Tuesday. Water prices were raised by ten percent.", "raised", "2026-12-01"},
	{"a state does not inherit the day in focus: was raised", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She was raised in Tarsk by her aunt.", "raised", ""},
	{"an event still inherits the day in focus", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Officers searched her house.", "searched", "2026-12-01"},
	{"crews working through the night is an event", "2026-12-04",
		"A storm cut power to Velby on Monday. Crews worked through the night.", "worked", "2026-11-30"},
	// a main clause in the pluperfect goes back before the story's day,
	// and the simple past after it goes on with that earlier story
	{"after a flashback the day in focus is not inherited", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Solvik had moved to Arnstead after her divorce. She opened a bakery there.", "opened", ""},
	{"after a flashback: a later sentence", "2026-12-04",
		"The Corbet mill closed on Monday. Its owners had bought it from a rival firm. They cut the workforce by half.", "cut", ""},
	{"a new day after a flashback is inherited again", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Solvik had moved to Arnstead after her divorce. On Wednesday a judge released her. She thanked her lawyer.", "thanked", "2026-12-02"},
	{"a pluperfect in a reported clause is no flashback", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Officers said she had fled. They searched her house.", "searched", "2026-12-01"},
	// a date in a noun phrase dates that noun's event, not what is done
	// to it later
	{"a date in the subject of a passive is the subject's own", "2026-12-04",
		"The bombing on June 8, which wounded nine, was claimed by a rebel group on Wednesday.", "claimed", "2026-12-02"},
	{"a date in the subject of a passive, no other date", "2026-12-04",
		"The strike on November 2 was called off.", "called", ""},
	{"a relative clause about a dated event shares its date", "2026-12-04",
		"The March 3 attack, which killed four people, was condemned on Friday.", "killed", "2026-03-03"},
	{"a relative clause about a dated event: possessive", "2026-12-04",
		"Sunday's earthquake, which destroyed 40 homes, was the strongest in decades.", "destroyed", "2026-11-29"},
	{"a relative clause with a date of its own before its verb keeps it", "2026-12-04",
		"The March 3 attack, which on March 5 claimed a fifth victim, was condemned on Friday.", "claimed", "2026-03-05"},
	{"the main verb after such a clause keeps its own date", "2026-12-04",
		"The March 3 attack, which killed four people, was condemned on Friday.", "condemned", "2026-12-04"},
	{"a relative clause about a thing does not share its date", "2026-12-04",
		"The 1960s house, which the couple bought in 2010, burned down.", "bought", "2010"},
	{"a date after of in the object is the object's own", "2026-12-04",
		"Investigators examined the crash of July 14.", "examined", ""},
	{"a date after of in a passive subject", "2026-12-04",
		"The election of May 2024 was annulled by the court on Tuesday.", "annulled", "2026-12-01"},
	{"a date after of in an active subject is the verb's", "2026-12-04",
		"The storm of 1987 destroyed the pier.", "destroyed", "1987"},
	{"a date in an active subject is the verb's", "2026-12-04",
		"The bombing on June 8 killed nine people.", "killed", "2026-06-08"},
	{"a date under a noun of cause is the noun's: for reports", "2026-05-11",
		"Some party members blamed a local radio station, Radio Velby, for reports last month that the mayor had misused funds.", "blamed", ""},
	{"a date under a noun of cause is the noun's: sued for an article", "2026-05-11",
		"The firm sued the magazine for an article last year.", "sued", ""},
	{"a day the verb names beside a noun of cause still dates it", "2026-05-11",
		"The court fined the bank for the breach on Monday.", "fined", "2026-05-11"},
	{"a date under a noun of purpose after for still dates the clause", "2026-05-11",
		"The update is scheduled for public release in June.", "scheduled", "2026-06"},
	{"a date after a preposition of time is the verb's", "2026-12-04",
		"Police arrested him after the riots of June 3.", "arrested", "2026-06-03"},
	{"a date after of a time part is the verb's", "2026-12-04",
		"Sales fell in the first week of March.", "fell", "2026-03"},
	// the main verb after the comma closing a relative clause (parsed as
	// its conjunct) does not take the relative clause's date
	{"the relative clause's date is not the main verb's: passive relative", "2026-12-04",
		"The company, which was founded in 1987, filed for bankruptcy.", "filed", ""},
	{"the relative clause's date is not the main verb's: active relative", "2026-12-04",
		"The plant, which opened in 1998, employed 300 people.", "employed", ""},
	{"the relative clause's date is not the main verb's: pluperfect after the comma", "2026-12-04",
		"Lindqvist, who coached the team from 2011 until the board sacked him in 2019, had denied the charges.", "denied", ""},
	{"the relative clause's date is not the main verb's: pluperfect, one date", "2026-12-04",
		"Holm, who joined the club in 2012, had scored twice.", "scored", ""},
	{"the relative clause keeps its own date", "2026-12-04",
		"Holm, who joined the club in 2012, had scored twice.", "joined", "2012"},
	{"a participle's date is not the main verb's", "2026-12-04",
		"The signal, installed in 2017 by a contractor, had been rewired by a technician.", "rewired", ""},
	{"the relative clause's date is not the main verb's: present perfect", "2026-12-04",
		"Orm, who managed the band from 2010 until she fired him in 2020, has sued her.", "sued", ""},
	{"a relative clause parsed as a conjunct does not take the main date", "2026-05-11",
		"Mara Holt of the Green Valley Party was elected mayor of Lensby on Sunday, defeating incumbent Ivo Brandt, who had run the town for sixteen years.", "run", ""},
	{"a relative clause parsed as a conjunct: another", "2026-05-11",
		"Jonas Eik of the Red Harbour League was elected mayor of Brisk on Sunday, defeating incumbent Tor Lund, who had run the city for twenty years.", "run", ""},
	{"a relative clause parsed as a conjunct: held a post", "2026-05-11",
		"Siri Vang of the Green Coast Alliance was chosen as governor of Orm on Sunday, beating incumbent Eli Moss, who had held the post for eight years.", "held", ""},
	{"the main verb keeps its day beside such a clause", "2026-05-11",
		"Mara Holt of the Green Valley Party was elected mayor of Lensby on Sunday, defeating incumbent Ivo Brandt, who had run the town for sixteen years.", "elected", "2026-05-10"},
	{"a state coordinated with an event does not share its date", "2026-12-04",
		"Lund was born in Tromso in 1935 and studied at the Oslo art academy.", "studied", ""},
	{"what follows a birth does not share its date", "2026-12-04",
		"Lund was born in Tromso in 1935 and raised by her aunt.", "raised", ""},
	{"a state after an event with a date of its own", "2026-12-04",
		"The couple bought the farm in 1990 and lived there with their sons.", "lived", ""},
	{"a negated conjunct does not share its head's date", "2026-09-11",
		"The agency said it would publish its report next month and would not rule out fines.", "rule", ""},
	{"a negated conjunct of the main verb does not share its date", "2026-03-11",
		"The firm will open a plant in May and will not cut jobs.", "cut", ""},
	{"a negated conjunct of the main verb does not share its day", "2026-03-11",
		"The council will vote on the budget on Thursday and will not raise taxes.", "raise", ""},
	{"the head keeps its date beside a negated conjunct", "2026-09-11",
		"The agency said it would publish its report next month and would not rule out fines.", "publish", "2026-10"},
	{"a copular conjunct is a state: in talks", "2026-04-30",
		"The university said it had filed a patent for the method last year and was in talks with two firms.", "talks", ""},
	{"a copular conjunct is a state: in debt", "2026-04-30",
		"The club sold its striker in January and was in debt.", "debt", ""},
	{"a copular conjunct is a state: the largest employer", "2026-04-30",
		"The firm opened a plant in Velby in 2019 and was the largest employer in the town.", "employer", ""},
	{"two passives still share the date", "2026-04-30",
		"He was arrested on Monday and was charged with theft.", "charged", "2026-04-27"},
	{"two events still share the date", "2026-12-04",
		"The leaders met in Velby on Tuesday and signed a trade pact.", "signed", "2026-12-01"},
	{"a conjunct with and still shares its head's date", "2026-12-04",
		"The plant, which opened in 1998 and hired 300 people, closed on Monday.", "hired", "1998"},
	// what is put off to a date happens then; the putting off does not
	{"adjourned until a date: not the adjournment's date", "2026-12-04",
		"The court adjourned the case until February 2.", "adjourned", ""},
	{"postponed to a date: not the postponement's date", "2026-12-04",
		"The council postponed the vote to March 3.", "postponed", ""},
	{"pushed back to a month", "2026-12-04",
		"The company pushed back the launch to June.", "pushed", ""},
	// the end of a period is not when what lasted happened
	{"operated until a date is not dated by it", "2026-12-04",
		"The plant operated until March.", "operated", ""},
	// a reported or relative clause has a time of its own, not the day
	// in focus
	{"a reported clause does not inherit the day in focus", "2026-12-04",
		"The minister visited the dam on Tuesday. He said engineers built it badly.", "built", ""},
	{"a reported clause and its conjunct do not inherit", "2026-12-04",
		"The minister visited the dam on Tuesday. Locals said the company cut corners and the state ignored warnings.", "ignored", ""},
	{"a relative clause does not inherit the day in focus", "2026-12-04",
		"The minister visited the dam on Tuesday. Workers who built the dam were paid poorly.", "built", ""},
	{"the reporting verb still inherits", "2026-12-04",
		"The minister visited the dam on Tuesday. He said engineers built it badly.", "said", "2026-12-01"},
	{"a clause of time inherits", "2026-12-04",
		"The minister visited the dam on Tuesday. The dam broke when the river rose.", "rose", "2026-12-01"},
	{"a clause after a comma and a conjunction is the sentence's own", "2026-12-04",
		"The minister visited the dam on Tuesday. Residents reported that the water had risen, and others fled.", "fled", "2026-12-01"},
	// the period a noun is for or of is not when the clause happened
	{"a period after for in the object is the object's", "2026-12-04",
		"The company reported a loss for the third quarter on Monday.", "reported", "2026-11-30"},
	{"a period after for in the object, no other date", "2026-12-04",
		"The company reported a loss for the third quarter.", "reported", ""},
	{"a year after for beside the verb's own day", "2026-12-04",
		"The ministry published its plans for 2027 on Tuesday.", "published", "2026-12-01"},
	{"a weekday takes no year from the clause", "2026-12-04",
		"In 2019, the ministry published its plans on Tuesday.", "published", "2019"},
	{"a month and day take the clause's year", "2026-12-04",
		"In 2019 the firm opened a store on March 3.", "opened", "2019-03-03"},
	{"set for a day: the setting is dated by its own day", "2026-12-04",
		"The vote was set for Friday on Monday.", "set", "2026-11-30"},
	// a date the parse hung on the first of two coordinated verbs after
	// the second one is the second one's
	{"the second conjunct's own date, hung on the first", "2026-12-04",
		"The bridge was built in 1962 and repaired in 2004.", "repaired", "2004"},
	{"the first conjunct keeps its date", "2026-12-04",
		"The bridge was built in 1962 and repaired in 2004.", "built", "1962"},
	// a time adverbial of the clause's own that names no readable date
	// still says the clause is not on the day in focus
	{"an unread time of its own: weeks ago", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer weeks ago.", "fired", ""},
	{"an unread time of its own: in recent weeks", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer in recent weeks.", "fired", ""},
	{"an unread time of its own: at the turn of the century", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer at the turn of the century.", "fired", ""},
	{"the weekend is read, not inherited", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer over the weekend.", "fired", "2026-W48-WE"},
	{"a holiday is read, not inherited", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer on Christmas Day.", "fired", "2025-12-25"},
	{"an unread time of its own: at the start of the year", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer at the start of the year.", "fired", ""},
	{"an unread time of its own: days later", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer days later.", "fired", ""},
	{"a counted span in the clause is its own: in the six weeks", "2026-12-04",
		"The author spoke in Velby on Monday. She said 40,000 copies of the novel were sold in the six weeks since its release.", "sold", ""},
	{"a span of hours keeps the day in focus", "2026-12-04",
		"Heavy rain flooded Brisk on Wednesday. The river rose two metres in six hours.", "rose", "2026-12-02"},
	{"after weeks of debate keeps the day in focus", "2026-12-04",
		"The parliament approved the budget on Thursday. The vote came after weeks of debate.", "came", "2026-12-03"},
	{"a bare later puts the clause after the day in focus", "2026-12-04",
		"A bus crashed near Orvik on Monday. Two of them later died of their injuries.", "died", ""},
	{"a bare later: an act", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Prosecutors later charged her with fraud.", "charged", ""},
	{"a bare later: passive", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. She was later released on bail.", "released", ""},
	{"later on a day names that day", "2026-12-04",
		"A bus crashed near Orvik on Monday. Two passengers died later on Tuesday.", "died", "2026-12-01"},
	{"the same day still inherits: later that day", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer later that day.", "fired", "2026-12-01"},
	{"the end of an event keeps its day", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. The council fired the treasurer at the end of the meeting.", "fired", "2026-12-01"},
	// a date past the verb of a clause under the main verb is that
	// clause's, even when the parse hangs it on the main verb
	{"a date after a reported clause's verb is not the saying's", "2026-12-04",
		"The museum said more than 2 million people had visited the gallery since its opening in 2015.", "said", ""},
	{"a date after a reported clause's verb is not the saying's: passive", "2026-12-04",
		"The club said more than 300 players had been trained at the academy since its founding in 1998.", "said", ""},
	{"the main verb keeps a date before the reported clause", "2026-12-04",
		"The firm said on Tuesday that more than 4 million tickets had been sold.", "said", "2026-12-01"},
	// the date of the statement a verb speaks through is the saying's
	{"in a statement released on a day, said", "2026-12-04",
		"In a statement released on Tuesday, the company said it would cut jobs.", "said", "2026-12-01"},
	{"in a ruling issued on a day, said", "2026-12-04",
		"In a ruling issued Thursday, the court said the contract was void.", "said", "2026-12-03"},
	{"in a letter sent on a day, asked", "2026-12-04",
		"The firm, in a letter sent on Monday, asked for more time.", "asked", "2026-11-30"},
	{"a participle on the object dates the object", "2026-12-04",
		"The company sold the plant built in 1962.", "sold", ""},
	// a year describing a noun does not take the story off its day
	{"a background year keeps the day in focus: participle", "2026-12-04",
		"A ferry ran aground off Tessa on Wednesday. The ferry, built in 1988, was carrying cars. Its captain was arrested.", "arrested", "2026-12-02"},
	{"a background year keeps the day in focus: relative clause", "2026-12-04",
		"A ferry ran aground off Tessa on Wednesday. The ship, which entered service in 1988, is owned by Norsk Line. Its captain was arrested.", "arrested", "2026-12-02"},
	{"a background year keeps the day in focus: under a simple past", "2026-12-04",
		"A ferry ran aground off Tessa on Wednesday. The captain, who joined the line in 2015, was arrested. Police questioned the crew.", "questioned", "2026-12-02"},
	{"a main-clause year still moves the focus", "2026-12-04",
		"A ferry ran aground off Tessa on Wednesday. The same ship hit a pier in 2021. Its captain was arrested.", "arrested", ""},
	// anaphoric weekdays and parts of day count from the day in focus
	{"the following weekday counts from the day in focus", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Officers raided the house the following Monday.", "raided", "2026-12-07"},
	{"the previous weekday counts back from the day in focus", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Officers raided the house the previous Sunday.", "raided", "2026-11-29"},
	{"the previous evening is the day before the day in focus", "2026-12-04",
		"Police arrested Greta Solvik on Tuesday. Officers raided the house the previous evening.", "raided", "2026-11-30TEV"},
	// the date of a baseline figure is not the clause's
	{"a baseline after a figure: after a profit a year earlier", "2026-10-14",
		"Norrland Steel said on Tuesday it would cut jobs. The company posted a loss of 40 million euros in the second quarter, after a profit a year earlier.", "posted", "2026-Q2"},
	{"a baseline: from a figure a year ago", "2026-10-14",
		"Sales rose to 5 million from 4 million a year ago.", "rose", ""},
	{"after an event a year earlier still dates the clause", "2026-10-14",
		"Norrland Steel said on Tuesday it would cut jobs. The firm opened a plant after a fire a year earlier.", "opened", "2025"},
	{"a baseline does not move the day in focus", "2026-12-04",
		"The mayor opened the Velby fair on Tuesday. Attendance is up 12 percent from two years ago. She praised the organisers.", "praised", "2026-12-01"},
	{"a baseline month does not move the day in focus", "2026-12-04",
		"The mayor opened the Velby fair on Tuesday. Ticket sales rose 5 percent from March. She praised the organisers.", "praised", "2026-12-01"},
	{"a coarser date of the same sentence keeps the day in focus", "2026-12-04",
		"Yesterday, at this year's Velby Book Fair, the author Ilse Varn unveiled her new novel. She read two chapters.", "read", "2026-12-03"},
	// "since" a date counts a record or a state from it: an event in
	// the simple past did not happen then, and a day the clause names
	// dates it instead
	{"since after a first time is no date of a simple past", "2026-12-04",
		"Voters in Lensk elected a mayor from the Green party on Sunday for the first time since 1990.", "elected", "2026-11-29"},
	{"since after a first time, no other date: undated", "2026-12-04",
		"Voters in Lensk elected a Green mayor for the first time since 1990.", "elected", ""},
	{"since after the first visit, hung on the verb: the object's day wins", "2026-11-20",
		"Kessland and Mirova signed an accord on Friday ending a feud that has lasted for decades, during the first visit by a Kessland leader to Mirova since 2003.", "signed", "2026-11-20"},
	{"since with the infinitive of a superlative is a record", "2026-12-04",
		"The storm is the strongest to hit the coast since 2005.", "hit", ""},
	// nor its start: a state that began in 2019 did not happen then
	{"since with a perfect of a state dates nothing", "2026-12-04",
		"She has lived in Tarsk since 2019.", "lived", ""},
	{"since with a perfect of an act dates nothing", "2026-12-04",
		"The party has governed the city since 1994.", "governed", ""},
	{"a day before a participle is the main verb's", "2026-11-20",
		"The leaders opened a bridge on Friday linking two towns that have been cut off for years.", "opened", "2026-11-20"},
	{"a day before a participle is the main verb's: comma", "2026-11-20",
		"The ministers signed the accord on Thursday, ending a feud over fishing rights.", "signed", "2026-11-19"},
	// a counted span before or after a dated event places the clause off
	// that event's date
	{"two days before an event on a day", "2026-04-02",
		"The cable had been cut during repairs two days before the derailment on March 14.", "cut", "2026-03-12"},
	{"a week after an event on a day", "2026-05-20",
		"The minister resigned a week after the election on May 3.", "resigned", "2026-05-10"},
	{"three days after a day", "2026-05-20",
		"The minister resigned three days after May 3.", "resigned", "2026-05-06"},
	{"the day after an event on a day", "2026-05-20",
		"The minister resigned the day after the vote on May 3.", "resigned", "2026-05-04"},
	{"two years after an event in a year", "2026-05-20",
		"The firm filed for bankruptcy two years after its founding in 2019.", "filed", "2021"},
	{"a week before a month cannot be read: undated", "2026-05-20",
		"The guard was hired a week before the robbery in March.", "hired", ""},
	{"days before an event: undated", "2026-05-20",
		"Rebels attacked the town days before the election on May 3.", "attacked", ""},
	{"no counted span: the event's date stays", "2026-05-20",
		"The minister resigned after the vote on May 3.", "resigned", "2026-05-03"},
	{"hours after an event keeps its day", "2026-05-20",
		"Police arrested the driver hours after the crash on Sunday.", "arrested", "2026-05-17"},
	// a date between a modal and its verb is that verb's, not the date of
	// a verb coordinated with the reporting one
	{"a future date in a reported conjunct does not date the first verb", "2026-11-20",
		"Aas called the ruling \"a day of shame\" and said the party would next month file an appeal with the supreme court.", "called", ""},
	{"a future date in a reported conjunct does not date the saying", "2026-11-20",
		"Aas called the ruling \"a day of shame\" and said the party would next month file an appeal with the supreme court.", "said", ""},
	{"a date between a modal and its verb dates that verb", "2026-11-20",
		"The mayor praised the plan and said the city would in March begin work on the tunnel.", "begin", "2027-03"},
	{"the saying's own day still dates it", "2026-11-20",
		"The council met and said on Tuesday that the bridge would close.", "said", "2026-11-17"},
	// the first date of a range takes the year the second writes out,
	// and what went on over the range is dated by what both ends share
	{"a range's first month takes the second's year", "2026-03-11",
		"Patients referred to the clinic between March and November 2025 waited too long.", "referred", "2025"},
	{"a range's first day takes the second's year", "2026-03-11",
		"The plant was closed from May 3 to June 9, 2024.", "closed", "2024"},
	{"a range without a year reads with the tense", "2026-03-11",
		"Sales fell between April and June.", "fell", "2025"},
	{"a range within a month", "2026-03-11",
		"The plant was closed from May 3 to May 9, 2024.", "closed", "2024-05"},
	{"a range over years dates nothing", "2026-03-11",
		"The port paid the consultants between 2019 and 2022.", "paid", ""},
	// a clause of "when" right after a date happened then
	{"a when clause after a record's since-date", "2026-08-10",
		"The flood is the worst since 1995, when a storm killed 40 people.", "killed", "1995"},
	{"a when clause after a record's since-date: the record is undated", "2026-08-10",
		"The flood is the worst since 1995, when a storm killed 40 people.", "is", ""},
	{"a when clause after a fronted year", "2026-08-10",
		"In 2019, when the plant closed, 300 workers lost their jobs.", "closed", "2019"},
	{"a when clause with its own date keeps it", "2026-08-10",
		"The mill burned down when the river flooded in 2019.", "flooded", "2019"},
	// a verb with a time of its own that names no date does not take the
	// date of its conjunct
	{"a season's record does not take the conjunct's day", "2026-02-02",
		"Orvik's side won only three of their 20 games this season and were beaten 2-1 by Lund on Saturday.", "won", ""},
	{"a season's record: the conjunct keeps its day", "2026-02-02",
		"Orvik's side won only three of their 20 games this season and were beaten 2-1 by Lund on Saturday.", "beaten", "2026-01-31"},
	{"in the past decade does not take the conjunct's day", "2026-02-02",
		"The team won six titles in the past decade and lost the final on Sunday.", "won", ""},
	{"in recent years does not take the conjunct's day", "2026-02-02",
		"The firm opened ten stores in recent years and closed one in Velby on Monday.", "opened", ""},
	{"two events still share the conjunct's day", "2026-02-02",
		"The leaders met and signed a pact on Tuesday.", "met", "2026-01-27"},
	// a date in a phrase of ", with" describes that phrase's noun
	{"a date in a with-phrase is its noun's", "2026-08-10",
		"The valley has had one of its wettest springs on record, with rainfall in April twice the average.", "had", ""},
	{"a date in a with-phrase does not refine the clause's year", "2026-08-10",
		"Exports fell sharply last year, with sales in May down by half.", "fell", "2025"},
	{"with effect from a date dates the clause", "2026-08-10",
		"The new rules took force, with effect from May 1.", "took", "2026-05-01"},
	{"the clause's own day before a with-phrase stays", "2026-08-10",
		"The company posted a record profit on Tuesday, with sales in Asia up 20 percent.", "posted", "2026-08-04"},
	// a baseline a few words after its figure is no date of the clause
	{"a baseline from a year earlier after a month", "2026-05-20",
		"Exports rose 6 percent in March from a year earlier.", "rose", "2026-03"},
	{"a baseline from a year earlier does not lend the month its year", "2026-10-12",
		"The bank said wages rose 3.2 percent in August from a year earlier, well below inflation.", "rose", "2026-08"},
	{"a baseline far after its figure", "2026-05-20",
		"Voter turnout rose to 52 percent, up from 44 percent in the last vote five years ago.", "rose", ""},
	{"a baseline far after its figure: weeks", "2026-05-20",
		"Voter turnout rose to 52 percent, up from 44 percent in the first round three weeks ago.", "rose", ""},
	{"from a year ahead is a start, not a baseline", "2026-05-20",
		"The cuts would save 40 million euros a year from 2028.", "save", "2028"},
	// a year between a possessive and its noun names the noun
	{"a year after a possessive is the noun's: story", "2026-06-15",
		"She said the newspaper's 2022 story relied on rumours.", "said", ""},
	{"a year after a possessive is the noun's: broadcast", "2026-06-15",
		"She said the station's 2023 broadcast misled viewers.", "said", ""},
	{"a year after a possessive noun's verb still dates it", "2026-06-15",
		"The company's profit rose in 2025.", "rose", "2025"},
	// "the summer months" is the season of any year
	{"the summer months are no one summer", "2026-11-04",
		"Under the deal, Kessa will guarantee a minimum flow of water during the summer months.", "guarantee", ""},
	{"the winter months are no one winter", "2026-11-04",
		"The road is closed during the winter months.", "closed", ""},
	{"the summer months of a year name that year", "2026-11-04",
		"Tourism rose during the summer months of 2025.", "rose", "2025"},
	{"the summer is one summer", "2026-11-04",
		"The firm hired 200 workers in the summer.", "hired", "2026-SU"},
	// a day something is announced or called for lies ahead and is not
	// when it was announced
	{"announced for a day: not the announcing's day", "2026-09-18",
		"The mayor praised the victims and announced a day of mourning for Monday.", "announced", ""},
	{"announced for a day: not the coordinated verb's day", "2026-09-18",
		"The mayor praised the victims and announced a day of mourning for Monday.", "praised", ""},
	{"called for a day: not the calling's day", "2026-09-18",
		"The union called a strike for Tuesday.", "called", ""},
	{"scheduled for a day in a passive: the subject's day", "2026-05-20",
		"The inauguration is scheduled for July 1.", "scheduled", "2026-07-01"},
	// a date after the verb of a clause under the main one is that
	// clause's, and what never happened takes no other clause's date
	{"a date after a before-clause is that clause's", "2026-09-18",
		"Born in Velby in 1950, Moss worked as a nurse and a teacher before publishing her first book, \"Cold Rivers\", in 1982.", "worked", ""},
	{"a negated main verb takes no conjunct's year", "2026-09-18",
		"She never joined a trade union, but she was a fierce critic of the mine owners and in 2008 refused a royal medal in protest.", "joined", ""},
	{"a negated main verb takes no conjunct's year: held", "2026-09-18",
		"He never held public office, but he was a loud critic of the council and in 2015 rejected a city award.", "held", ""},
	{"the conjunct keeps its own year", "2026-09-18",
		"He never held public office, but he was a loud critic of the council and in 2015 rejected a city award.", "rejected", "2015"},
	{"a negated verb keeps its own day", "2026-09-18",
		"The firm did not pay the fine on Monday.", "pay", "2026-09-14"},
	{"against a party is no baseline", "2006-05-08",
		"The label lost its court case against the computer maker today.", "lost", "2006-05-08"},
}

// valueClasses: the value Find gives the expression expr in text
// published on ref.
var valueClasses = []struct {
	class, ref, text, expr, want string
}{
	{"a date things are put off to lies ahead", "2026-12-04",
		"The court adjourned the case until February 2.", "February 2", "2027-02-02"},
	{"a date things are put off to lies ahead: passive", "2026-12-04",
		"The match was postponed until Sunday.", "Sunday", "2026-12-06"},
	{"a date things are put off to lies ahead: pushed back", "2026-12-04",
		"The company pushed back the launch to June.", "June", "2027-06"},
	{"a date things are put off to lies ahead: extended", "2026-11-20",
		"The ministry extended the deadline to January 31.", "January 31", "2027-01-31"},
	{"a day a strike is called for lies ahead", "2026-09-18",
		"The union called a strike for Tuesday.", "Tuesday", "2026-09-22"},
	{"until after a verb that puts nothing off stays in the past", "2026-12-04",
		"The plant operated until March.", "March", "2026-03"},
	// a present that schedules reads its date ahead
	{"a scheduled present: starts on", "2026-12-04",
		"The trial starts on June 10.", "June 10", "2027-06-10"},
	{"a scheduled present: an event noun with is", "2026-12-04",
		"The hearing is in June.", "June", "2027-06"},
	{"a scheduled present: takes effect", "2026-12-04",
		"The ban takes effect in June.", "June", "2027-06"},
	{"a scheduled present: is to", "2026-12-04",
		"The minister is to visit Velby in June.", "June", "2027-06"},
	{"a scheduled present: passive", "2026-12-04",
		"The final is played in June.", "June", "2027-06"},
	{"a present that reports a figure stays nearest", "2026-12-04",
		"Unemployment stands at 5 percent in October.", "October", "2026-10"},
}

func TestValueClasses(t *testing.T) {
	a := loadAnnotator(t)
	for _, tt := range valueClasses {
		t.Run(tt.class, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			c := temporal.NewContext(ref)
			got := ""
			for _, s := range a.Annotate(tt.text) {
				for _, tx := range c.Find(&s) {
					if tx.Text == tt.expr {
						got = tx.TIMEX3()
					}
				}
			}
			if got != tt.want {
				t.Errorf("%q: %q read %q, want %s", tt.text, tt.expr, got, tt.want)
			}
		})
	}
}

// verbIndex finds the token of word (optionally "word#n") in s.
func verbIndex(s *nlp.Sentence, word string) int {
	n := 1
	if w, k, ok := strings.Cut(word, "#"); ok {
		word = w
		fmt.Sscan(k, &n)
	}
	for k, t := range s.Tokens {
		if t.Text == word {
			if n--; n == 0 {
				return k
			}
		}
	}
	return -1
}

func TestDateClasses(t *testing.T) {
	a := loadAnnotator(t)
	for _, tt := range dateClasses {
		t.Run(tt.class, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			c := temporal.NewContext(ref)
			sents := a.Annotate(tt.text)
			var got temporal.Timex
			var ok bool
			for i := range sents {
				s := &sents[i]
				txs := c.Find(s)
				if i == len(sents)-1 {
					v := verbIndex(s, tt.verb)
					if v < 0 {
						t.Fatalf("no %q in %q", tt.verb, s.Text)
					}
					got, ok = c.Attach(s, txs, v)
					if os.Getenv("TEMPORAL_DUMP") != "" {
						for k, tk := range s.Tokens {
							t.Logf("%d %s %s %s head=%d %s", k, tk.Text, tk.XPOS, tk.Lemma, tk.Head, tk.Dep)
						}
						t.Logf("timexes: %v", txs)
					}
				}
			}
			if tt.want == "" {
				if ok {
					t.Errorf("%q: %q dated %v, want undated", tt.text, tt.verb, got)
				}
				return
			}
			if !ok || got.TIMEX3() != tt.want {
				t.Errorf("%q: %q dated %v (%v), want %s", tt.text, tt.verb, got, ok, tt.want)
			}
		})
	}
}

// paragraphClasses are texts of several paragraphs (one a line): the
// date the clause of verb in the last sentence gets, read with a Context
// told of each paragraph as the pipeline tells it.
var paragraphClasses = []struct {
	class, ref, text, verb, want string
}{
	{"a lead misparsed as a relative clause is still the story's day: saying", "2026-06-02",
		"Budget airline Skyvar said on Monday that it would cut 300 jobs.\nThe carrier was founded in 2004. Its founder sold his stake on March 3 and left the board.\nSkyvar said the cuts were unavoidable.", "said", "2026-06-01"},
	{"a lead misparsed as a relative clause is still the story's day: a market move", "2026-06-02",
		"Budget airline Skyvar said on Monday that it would cut 300 jobs.\nThe carrier was founded in 2004. Its founder sold his stake on March 3 and left the board.\nIts shares dropped 6 percent.", "dropped", "2026-06-01"},
	{"the backstory's day goes on within its paragraph", "2026-06-02",
		"Budget airline Skyvar said on Monday that it would cut 300 jobs.\nIts founder sold his stake on March 3. He left the board.", "left", "2026-03-03"},
	{"a lead with a main verb keeps its day", "2026-06-02",
		"Skyvar said on Monday that it would cut 300 jobs.\nIts founder sold his stake on March 3 and left the board.\nSkyvar said the cuts were unavoidable.", "said", "2026-06-01"},
}

func TestParagraphClasses(t *testing.T) {
	a := loadAnnotator(t)
	for _, tt := range paragraphClasses {
		t.Run(tt.class, func(t *testing.T) {
			ref, err := time.Parse(time.DateOnly, tt.ref)
			if err != nil {
				t.Fatal(err)
			}
			c := temporal.NewContext(ref)
			paras := strings.Split(tt.text, "\n")
			var got temporal.Timex
			var ok bool
			for pi, para := range paras {
				c.Paragraph()
				sents := a.Annotate(para)
				for i := range sents {
					s := &sents[i]
					txs := c.Find(s)
					if pi == len(paras)-1 && i == len(sents)-1 {
						v := verbIndex(s, tt.verb)
						if v < 0 {
							t.Fatalf("no %q in %q", tt.verb, s.Text)
						}
						got, ok = c.Attach(s, txs, v)
					}
				}
			}
			if tt.want == "" {
				if ok {
					t.Errorf("%q: %q dated %v, want undated", tt.text, tt.verb, got)
				}
				return
			}
			if !ok || got.TIMEX3() != tt.want {
				t.Errorf("%q: %q dated %v (%v), want %s", tt.text, tt.verb, got, ok, tt.want)
			}
		})
	}
}
