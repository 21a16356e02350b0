package pipeline_test

import "testing"

// TestPartNamed checks that a part or a version of the one device a
// passage is about ("the rear camera", "the 64GB version") is written as
// that device's, and that it is left alone when two devices are in reach
// or when the story is about no device (a cinema's screen, a court's
// case). The names are invented.
func TestPartNamed(t *testing.T) {
	runOpens(t, []opensCase{
		{"camera after the device",
			"Korvo unveiled the Zentra 5 phone on Tuesday in Lisbon. The rear camera has a resolution of twelve megapixels.",
			[]string{"Zentra 5's rear camera | has"}, []string{"The rear camera | has"}},
		{"battery in the same sentence",
			"Reviewers praised the Zentra 5 on Friday, and the battery lasts two days.",
			[]string{"Zentra 5's battery | lasts"}, nil},
		{"screen of a tablet",
			"Halden Labs showed its qPad tablet to reporters on Monday. The screen measures eleven inches.",
			[]string{"qPad's screen | measures"}, []string{"The screen | measures"}},
		{"storage version",
			"Korvo will sell the Zentra 5 from June 3. The 64GB version costs 499 euros.",
			[]string{"The 64GB Zentra 5 | costs"}, []string{"The 64GB version | costs"}},
		{"two devices in reach",
			"Korvo unveiled the Zentra 5 and the qPad 3 on Tuesday. The screen measures six inches.",
			[]string{"The screen | measures"}, []string{"Zentra 5's screen", "qPad 3's screen"}},
		{"a cinema's screen",
			"The Odeon cinema in Tarrow reopened on Saturday after a fire. The screen measures twenty metres.",
			[]string{"The screen | measures"}, nil},
		{"a court's case",
			"Judge Ana Dost heard the appeal of Ivo Brandt in Ostby on Monday. The case was adjourned until May.",
			[]string{"The case | was adjourned"}, nil},
		{"a court's case about a device",
			"Korvo sued Halden Labs over the Zentra 5 in Ostby on Monday. The case was adjourned until May.",
			// the case is the lawsuit the verb told (events.go), not the device's
			[]string{"Korvo's lawsuit against Halden Labs | was adjourned"}, []string{"Zentra 5's case"}},
		{"a device a person bought",
			"Ivo Brandt bought a Zentra 5 on Monday. The screen cracked on Tuesday.",
			[]string{"Zentra 5's screen | cracked"}, nil},
		{"the story's device, far back",
			"Korvo will give owners of the Zentra 5 a free cover. The Zentra 5 drops calls when held tightly. Critics compared the Zentra 5 with the older Zentra 4. Korvo said on Monday that the Zentra 5 sold well. The company declined to comment further. Users should avoid covering the antenna.",
			[]string{"Zentra 5's antenna"}, nil},
		{"two devices named as often, far back",
			"Korvo sells the Zentra 5 and the qPad 3. The Zentra 5 and the qPad 3 drop calls. Critics praised the Zentra 5 and the qPad 3. The company declined to comment further. Users should avoid covering the antenna.",
			nil, []string{"Zentra 5's antenna", "qPad 3's antenna"}},
		{"a device by its kind",
			"Brightfield is recalling 20,000 Nimbler toy drones sold in Norway. Owners should remove the battery at once.",
			[]string{"Nimbler's battery"}, nil},
		{"a film is no device",
			"Tarrow's cinema showed Midnight Harbour on Saturday. The screen went dark after ten minutes.",
			[]string{"The screen | went"}, nil},
		{"the phones of the device",
			"For buyers unhappy with the Zentra 5, Korvo said that the phones can be returned for a refund.",
			[]string{"the Zentra 5 phones | can be returned"}, []string{"the phones | can be returned"}},
		{"the phones opening what is said",
			"For buyers unhappy with the Zentra 5, Korvo chief executive Ana Pell said that the phones can be returned for a refund.",
			[]string{"the Zentra 5 phones can be returned for a refund"}, []string{"the phones can be returned for a refund"}},
		{"the phones with two devices",
			"Korvo sells the Zentra 5 and the qPad 3 in Ostby, and the phones can be returned for a refund.",
			nil, []string{"the Zentra 5 phones", "the qPad 3 phones"}},
		{"the device is the part",
			"Velcor unveiled the new iCore 9 chip on Monday. The chip runs at five gigahertz.",
			[]string{"iCore 9 | runs"}, []string{"iCore 9's chip"}},
		{"an arena's screen at a device's launch",
			"Fans at Tarrow Arena watched the Zentra 5 launch on Monday. The screen showed the phone for an hour.",
			[]string{"The screen | showed"}, []string{"Zentra 5's screen"}},
	})
}
